// The shape of js/texts.js, which the build writes from shared's nnfs.text.UiText (client's WebBuild): what the type
// check reads in its place (the served page has the module itself, not this file).

/** The page's texts by language ("en", "ja") and key. */
export declare const STRINGS: Record<string, Record<string, string>>;
