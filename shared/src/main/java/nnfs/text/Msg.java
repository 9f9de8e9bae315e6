package nnfs.text;

/**
 * The engine's messages, each with its key (the constant's name), its English and its Japanese: the one catalogue
 * the page (through the engine it runs), the server's answers and the command line all render. {0}, {1}... are the
 * arguments, in the order {@link Problem#of} is given them; a language may place them in another order.
 * MsgTest checks that both languages use exactly the arguments of each message.
 */
public enum Msg {
    // the training settings and the network
    PASSES_RANGE("passes must be between 0 and {0}, got {1}", "学習回数は 0 から {0} の範囲で指定してください ({1} が指定されました)"),
    RATE_RANGE("learning rate must be a number from {0} to {1}, got {2}", "学習率 ε は {0} から {1} の範囲の数で指定してください ({2} が指定されました)"),
    REG_RANGE("regularisation must be a number >= 0 and <= {0}, got {1}", "正則化 λ は 0 以上 {0} 以下の数で指定してください ({1} が指定されました)"),
    SEED_RANGE("seed must be between 0 and 2**32 - 1, got {0}", "シードは 0 から 2**32 - 1 の範囲で指定してください ({0} が指定されました)"),
    BATCH_RANGE("batch size must be between 1 and {0} (or 0 for the full batch), got {1}",
            "バッチサイズは 1 から {0} (全データなら 0) の範囲で指定してください ({1} が指定されました)"),
    NO_SCHEDULE("missing annealing schedule", "学習率の減衰の指定がありません"),
    STEP_FACTOR_RANGE("step factor must be between {0} and 1, got {1}", "step の係数は {0} から 1 の範囲で指定してください ({1} が指定されました)"),
    STEP_INTERVAL_RANGE("step interval must be at least 1 pass, got {0}", "step の間隔は 1 回以上で指定してください ({0} が指定されました)"),
    EXP_DECAY_RANGE("exp decay must be between 0 and 1, got {0}", "exp の減衰率は 0 から 1 の範囲で指定してください ({0} が指定されました)"),
    INV_DECAY_RANGE("1/t decay must be between 0 and 1e6, got {0}", "1/t の減衰率は 0 から 1e6 の範囲で指定してください ({0} が指定されました)"),
    ANNEAL_NOT_A_NUMBER("annealing '{0}' has a number that is not one", "減衰の指定 '{0}' に数値になっていないものがあります"),
    ANNEAL_UNKNOWN("annealing '{0}' is not one of none, step:FACTOR:EVERY, exp:K, inv:K",
            "減衰の指定 '{0}' は none、step:FACTOR:EVERY、exp:K、inv:K のどの形でもありません"),
    ANNEAL_NOT_FINITE("annealing needs finite numbers, got {0}", "減衰には有限の数値が必要です ({0} が指定されました)"),
    UNKNOWN_ACTIVATION("unknown activation '{0}': expected tanh, sigmoid or relu", "不明な活性化関数 '{0}' です。tanh、sigmoid、relu のいずれかを指定してください"),
    WEIGHT_COUNT("expected {0} weight matrices and bias vectors, got {1} and {2}", "重み行列とバイアスのベクトルが {0} 組必要ですが、{1} 個と {2} 個あります"),
    WEIGHT_SHAPE("{0} should have {1} x {2} numbers, has {3}", "{0} には {1} × {2} 個の数値が必要ですが、{3} 個あります"),
    BIAS_SHAPE("{0} should have {1} numbers, has {2}", "{0} には {1} 個の数値が必要ですが、{2} 個あります"),
    NETWORK_TOO_SHALLOW("a network needs inputs, at least one hidden layer and outputs", "ネットワークには入力、1 つ以上の隠れ層、出力が必要です"),
    TOO_MANY_LAYERS("at most {0} hidden layers, got {1}", "隠れ層は {0} 層までです ({1} 層が指定されました)"),
    ACTIVATION_COUNT("expected one activation per hidden layer ({0}), got {1}", "隠れ層ごとに活性化関数が 1 つ ({0} 個) 必要ですが、{1} 個あります"),
    INPUTS_RANGE("inputs must be between 1 and {0}, got {1}", "入力の数は 1 から {0} の範囲で指定してください ({1} が指定されました)"),
    UNITS_RANGE("hidden layer {0} must have between 1 and {1} units, got {2}", "隠れ層 {0} のユニット数は 1 から {1} の範囲で指定してください ({2} が指定されました)"),
    CLASSES_RANGE("classes must be between 2 and {0}, got {1}", "クラス数は 2 から {0} の範囲で指定してください ({1} が指定されました)"),
    NO_ACTIVATION("missing activation", "活性化関数の指定がありません"),
    DATA_DIMS("the data has {0} coordinates per point, the network {1} inputs", "データの点の座標は {0} 個ですが、ネットワークの入力は {1} 個です"),
    DATA_CLASSES("the data has {0} classes, the network {1} outputs", "データのクラスは {0} 個ですが、ネットワークの出力は {1} 個です"),
    TEST_DATA_MISFIT("the test data does not fit the network", "テストデータがネットワークに合いません"),
    RECORD_INTERVAL("record interval must be >= 0, got {0}", "記録の間隔は 0 以上で指定してください ({0} が指定されました)"),
    START_PASS_RANGE("start pass must be between 0 and {0}, got {1}", "開始する回は 0 から {0} の範囲である必要があります ({1} が指定されました)"),

    // the data
    UNKNOWN_DATA_SET("unknown data set '{0}': expected moons, circles, xor, blobs or spiral",
            "不明なデータセット '{0}' です。moons、circles、xor、blobs、spiral のいずれかを指定してください"),
    FACTOR_RANGE("factor must be between 0 and {0}, got {1}", "factor は 0 から {0} の範囲で指定してください ({1} が指定されました)"),
    CIRCLES_FACTOR("factor must be >= 0 and < 1, got {0}", "factor は 0 以上 1 未満で指定してください ({0} が指定されました)"),
    N_RANGE("n must be between 1 and {0}, got {1}", "点の数 n は 1 から {0} の範囲で指定してください ({1} が指定されました)"),
    NOISE_RANGE("noise must be a number from 0 to {0}, got {1}", "ノイズは 0 から {0} の範囲の数で指定してください ({1} が指定されました)"),
    TEST_FRACTION_RANGE("test fraction must be between 0 and {0}, got {1}", "テストデータの割合は 0 から {0} の範囲で指定してください ({1} が指定されました)"),
    TEST_FRACTION_OPEN("test fraction must be between 0 and 1 (exclusive), got {0}", "テストデータの割合は 0 より大きく 1 より小さい値で指定してください ({0} が指定されました)"),
    SPLIT_EMPTY("a test fraction of {0} of {1} points leaves {2} for training and {3} for testing; both need at least 1",
            "{1} 個の点の {0} をテストに回すと、訓練データが {2} 個、テストデータが {3} 個になります。どちらも 1 個以上必要です"),
    SPLIT_SEED_RANGE("split seed must be between 0 and 2**32 - 1, got {0}", "分割のシードは 0 から 2**32 - 1 の範囲で指定してください ({0} が指定されました)"),
    POINT_COUNT("between 1 and {0} points, got {1}", "点は 1 個から {0} 個までです ({1} 個あります)"),
    POINT_RANGE("point {0}: coordinate {1} is not a number between -{2} and {2}", "点 {0} の座標 {1} は -{2} から {2} の範囲の数ではありません"),
    NO_COORDINATES("a data set needs at least one coordinate per point", "データセットの点には座標が 1 つ以上必要です"),
    TOO_FEW_CLASSES("a data set needs at least 2 classes, got {0}", "データセットにはクラスが 2 つ以上必要です ({0} が指定されました)"),
    X_SHAPE("X has {0} numbers, expected {1} x {2}", "X には {1} × {2} 個の数値が必要ですが、{0} 個あります"),
    POINT_NOT_FINITE("point {0} has a coordinate that is not a finite number: {1}", "点 {0} の座標に有限でない数 {1} があります"),
    POINT_LABEL("point {0} has label {1}, expected 0 to {2}", "点 {0} のラベルは {1} ですが、0 から {2} である必要があります"),
    JOIN_DIMS("cannot join points of {0} and {1} coordinates", "座標が {0} 個の点と {1} 個の点は一緒にできません"),
    CV_TOO_FEW("logistic regression's {0}-fold cross-validation needs at least {0} points of every class; one class has {1}",
            "ロジスティック回帰の {0} 分割交差検証には、どのクラスにも {0} 個以上の点が必要ですが、{1} 個しかないクラスがあります"),

    // a CSV file of points
    CSV_TOO_MANY("at most {0} points", "点は {0} 個までです"),
    CSV_FIELDS("expected x,y,label", "x,y,label の形が必要です"),
    CSV_NOT_NUMBERS("x and y must be numbers", "x と y は数値である必要があります"),
    CSV_RANGE("x and y must be between -{0} and {0}", "x と y は -{0} から {0} の範囲である必要があります"),
    CSV_LABEL("the label must be a whole number from 0 to {0}", "ラベルは 0 から {0} の整数である必要があります"),
    CSV_EMPTY("no points", "点がありません"),
    /** Where a problem is: a line of a file. */
    AT_LINE("line {0}", "{0} 行目"),

    // one setting, as the page's form, the address, the server's queries and the command line give it ({0}: its name)
    SETTING_CHOICE("{0} must be one of {1}, got '{2}'", "{0} は {1} のいずれかで指定してください ('{2}' が指定されました)"),
    SETTING_BOOL("{0} must be 1 or 0, got '{1}'", "{0} は 1 か 0 で指定してください ('{1}' が指定されました)"),
    SETTING_SIZES("{0} must be layer sizes like 3 or 5,4: at most {1} layers of 1 to {2} units, got '{3}'",
            "{0} は 3 や 5,4 のような層のサイズで指定してください。{1} 層まで、各層 1 から {2} ユニットです ('{3}' が指定されました)"),
    SETTING_ACTIVATIONS("{0} must be {1}, or one per hidden layer like relu,tanh, got '{2}'",
            "{0} は {1} のいずれか、または relu,tanh のように隠れ層ごとに指定してください ('{2}' が指定されました)"),
    SETTING_ID("{0} must be a model id (22 characters of A-Z a-z 0-9 _ -), got '{1}'", "{0} はモデルの ID (A-Z a-z 0-9 _ - の 22 文字) で指定してください ('{1}' が指定されました)"),
    SETTING_SET("{0} takes a list of {1}, got '{2}'", "{0} には {1} の一覧を指定してください ('{2}' が指定されました)"),
    SETTING_TEXT_LENGTH("{0} is at most {1} characters, got {2}", "{0} は {1} 文字までです ({2} 文字あります)"),
    SETTING_NOT_A_NUMBER("{0} must be a number, got '{1}'", "{0} は数値で指定してください ('{1}' が指定されました)"),
    SETTING_NOT_WHOLE("{0} must be a whole number, got '{1}'", "{0} は整数で指定してください ('{1}' が指定されました)"),
    SETTING_NOT_FINITE("{0} must be a finite number, got '{1}'", "{0} は有限の数で指定してください ('{1}' が指定されました)"),
    SETTING_RANGE("{0} must be between {1} and {2}, got {3}", "{0} は {1} から {2} の範囲で指定してください ({3} が指定されました)");

    /** The languages of the catalogue, in the order of their texts. */
    public static final String[] LANGUAGES = {"en", "ja"};

    final String en, ja;

    Msg(String en, String ja) {
        this.en = en;
        this.ja = ja;
    }

    /** The template in a language ("ja"; anything else is English). */
    public String template(String lang) {
        return "ja".equals(lang) ? ja : en;
    }

    /** The template with its arguments, in a language. */
    public String format(String lang, Object... args) {
        String t = template(lang);
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close > i + 1 && close < i + 4 && isDigits(t, i + 1, close)) {
                int k = Integer.parseInt(t.substring(i + 1, close));
                out.append(k < args.length ? String.valueOf(args[k]) : t.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
