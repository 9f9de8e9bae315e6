// The shape of js/settings.js, which the build writes from shared's nnfs.settings.Settings (client's WebBuild): what
// the type check reads in its place (the served page has the module itself, not this file).

/** One row of the settings table: a URL key, its kind, its default and its range or choices. */
export interface SettingRow {
  name: string;
  kind: 'choice' | 'int' | 'number' | 'bool' | 'sizes' | 'activations' | 'points' | 'id' | 'text' | 'set';
  def: string | number | boolean | null;
  min?: number;
  max?: number;
  choices?: string[];
  aliases?: string[];
  /** The values a slider stops at, in order. */
  stops?: number[];
}

export declare const SETTINGS: {
  /** The hidden layers' activations by name (shared's nnfs.nn.Activation). */
  activations: string[];
  /** The iframe the server hands out, {src}, {width}, {height} and {title} to fill (shared's nnfs.text.EmbedCode). */
  iframe: string;
  settings: SettingRow[];
  embed: SettingRow[];
  defaultNoise: Record<string, number>;
  /** Passes per second; null is as fast as the engine goes. */
  speeds: (number | null)[];
  limits: {
    maxPoints: number;
    maxCoordinate: number;
    maxClasses: number;
    maxSpiralClasses: number;
    maxHiddenLayers: number;
    maxUnits: number;
    maxTitle: number;
  };
  /** The article's exercises as ready-made classroom challenges (shared's nnfs.model.ChallengePresets). */
  challengePresets: { key: string; titleKey: string; textKey: string; challenge: Record<string, any> }[];
  /** Where an embed puts its panels (shared's EmbedLayout): beside the plot, or the first under it. */
  embedLayout: {
    sideMinWidth: number;
    sideMinHeight: number;
    underMinHeight: number;
    panelMinHeight: number;
    diagramMinHeight: number;
  };
  /** Class colours (0xRRGGBB) by number of classes, "1" to "10". */
  classColours: Record<string, number[]>;
};
