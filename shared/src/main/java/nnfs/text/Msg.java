package nnfs.text;

/**
 * Every message nnfs says, each with its key (the constant's name), its English and its Japanese: the one catalogue
 * that the page (through the engine it runs), the server's answers and pages, and the command line all render. {0},
 * {1}... are the arguments, in the order {@link Problem#of} is given them; a language may place them in another order.
 * MsgTest checks that both languages use exactly the arguments of each message.
 */
public enum Msg {
    // the training settings and the network
    PASSES_RANGE("passes must be between 0 and {0}, got {1}", "反復回数は 0 から {0} の範囲で指定してください ({1} が指定されました)"),
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
    SETTING_RANGE("{0} must be between {1} and {2}, got {3}", "{0} は {1} から {2} の範囲で指定してください ({3} が指定されました)"),

    // the JSON reader
    JSON_AT("malformed JSON at character {0}", "JSON の {0} 文字目が不正です"),
    JSON_TRAILING("unexpected text after the JSON value", "JSON の値の後に余分な文字があります"),
    JSON_DEPTH("nested deeper than {0} levels", "入れ子が {0} 段より深くなっています"),
    JSON_END("unexpected end of input", "入力が途中で終わっています"),
    JSON_CHARACTER("unexpected character '{0}'", "予期しない文字 '{0}' があります"),
    JSON_EXPECTED("expected {0}", "{0} が必要です"),
    JSON_EXPECTED_EITHER("expected {0} or {1}", "{0} または {1} が必要です"),
    JSON_MEMBER_NAME("expected a quoted member name", "引用符で囲んだメンバー名が必要です"),
    JSON_DUPLICATE("duplicate member \"{0}\"", "メンバー \"{0}\" が重複しています"),
    JSON_UNTERMINATED("unterminated string", "文字列が閉じていません"),
    JSON_CONTROL("control character in string", "文字列に制御文字があります"),
    JSON_BAD_U("bad \\u escape", "\\u エスケープが不正です"),
    JSON_BAD_ESCAPE("bad escape '{0}'", "エスケープ '{0}' が不正です"),
    JSON_SURROGATE("lone surrogate {0} in a string (not a character)", "文字列に対のないサロゲート {0} があります (文字になりません)"),
    JSON_BAD_NUMBER("bad number", "数値の書き方が不正です"),
    JSON_FRACTION_DIGITS("bad number: digits expected after '.'", "数値の書き方が不正です: '.' の後に数字が必要です"),
    JSON_EXPONENT_DIGITS("bad number: digits expected in the exponent", "数値の書き方が不正です: 指数部に数字が必要です"),
    JSON_RANGE("number out of range", "数値が範囲外です"),

    // a model document, field by field
    MISSING("missing", "ありません"),
    EXPECTED_KIND("expected {0}, found {1}", "{0}が必要ですが、{1}でした"),
    NOT_FINITE("expected a finite number, found {0}", "有限の数値が必要ですが、{0} でした"),
    NOT_A_FRACTION("expected a fraction between 0 and 1, found {0}", "0 から 1 の割合が必要ですが、{0} でした"),
    NOT_WHOLE("expected a whole number, found {0}", "整数が必要ですが、{0} でした"),
    WHOLE_RANGE("expected a whole number from {0} to {1}, found {2}", "{0} から {1} の整数が必要ですが、{2} でした"),
    TOO_MANY_ELEMENTS("at most {0} elements, found {1}", "要素は {0} 個までですが、{1} 個あります"),
    NUMBER_COUNT("expected {0} numbers, found {1}", "数値が {0} 個必要ですが、{1} 個あります"),
    ROW_COUNT("expected {0} rows, found {1}", "行が {0} 行必要ですが、{1} 行あります"),
    CLAIM_WITHOUT("the document claims {0}, but this model and data have no {1}", "文書では {0} とされていますが、このモデルとデータには {1} がありません"),
    CLAIM_MISSING("missing; this model's weights give {0} on its data", "ありません。このモデルの重みでは、データ上で {0} になります"),
    CLAIM_WRONG("the document claims {0}, but its weights give {1} on its data", "文書では {0} とされていますが、重みからはデータ上で {1} になります"),
    DOCUMENT_TOO_LONG("the document is {0} characters long; at most {1}", "文書が {0} 文字あります。上限は {1} 文字です"),
    REQUEST_TOO_LONG("the request is longer than {0} characters", "リクエストが {0} 文字を超えています"),
    EXPECTED_FORMAT("expected \"{0}\"", "\"{0}\" が必要です"),
    UNKNOWN_VERSION("version {0} is not known; this nnfs reads version {1}", "バージョン {0} は不明です。この nnfs が読めるのはバージョン {1} です"),
    TITLE_TOO_LONG("longer than {0} characters", "{0} 文字を超えています"),
    LOGREG_TRAINING("a logistic regression has no training settings", "ロジスティック回帰には学習の設定がありません"),
    HISTORY_ROW("expected [pass, loss, accuracy, testLoss, testAccuracy]", "[pass, loss, accuracy, testLoss, testAccuracy] の形が必要です"),
    HISTORY_ORDER("passes must increase", "反復回数は行ごとに増える必要があります"),
    CURVE_ROW("expected [pass, loss, testLoss]", "[pass, loss, testLoss] の形が必要です"),
    POINT_DIMS("the points have {0} coordinates, the model {1} inputs", "点の座標は {0} 個ですが、モデルの入力は {1} 個です"),
    MODEL_CLASSES("the data has {0} classes, the model only {1}", "データのクラスは {0} 個ですが、モデルには {1} 個しかありません"),
    GENERATED_DIMS("generated data sets are 2-dimensional; the model has {0} inputs", "生成するデータセットは 2 次元ですが、モデルの入力は {0} 個です"),
    TOO_MANY_PARAMETERS("the network has {0} parameters; at most {1}", "ネットワークのパラメーターが {0} 個あります。上限は {1} 個です"),
    WEIGHT_MATRICES("expected {0} weight matrices", "重み行列が {0} 個必要です"),
    BIAS_VECTORS("expected {0} bias vectors", "バイアスのベクトルが {0} 個必要です"),
    C_POSITIVE("C must be positive", "C は正の数である必要があります"),
    UNKNOWN_MODEL_TYPE("unknown model type \"{0}\": expected \"network\" or \"logistic-regression\"",
            "不明なモデルの種類 \"{0}\" です。\"network\" か \"logistic-regression\" を指定してください"),
    NO_POINTS("at least one point is needed", "点が 1 つ以上必要です"),
    POINT_ROW("expected [x, y, label]", "[x, y, label] の形が必要です"),
    POINT_ROW_NUMBERS("expected {0} numbers: coordinates and label", "数値が {0} 個 (座標とラベル) 必要です"),
    UNKNOWN_DOCUMENT_DATA("unknown data set '{0}': expected points, moons, circles, xor, blobs or spiral",
            "不明なデータセット '{0}' です。points、moons、circles、xor、blobs、spiral のいずれかを指定してください"),
    NO_HIDDEN_LAYER("at least one hidden layer", "隠れ層が 1 つ以上必要です"),
    ACTIVATIONS_PER_LAYER("expected one activation per hidden layer ({0})", "隠れ層ごとに活性化関数が 1 つ ({0} 個) 必要です"),

    // a stored model trained again (nnfs.model.Replay)
    REPLAY_PASS_ORDER("pass {0} comes after the {1} passes the document says were done", "反復回数 {0} は、文書が終えたとする {1} 回より後です"),
    REPLAY_FAILS("training from the document's settings fails after pass {0} ({1}), but the document says {2} passes were done",
            "文書の設定から学習し直すと {0} 回目の後で止まります ({1})。しかし文書では {2} 回学習したとされています"),
    REPLAY_LOGREG_SHAPE("LogisticRegressionCV on the document's data gives {0} sets of coefficients, the document has {1}",
            "文書のデータで LogisticRegressionCV を求めると係数が {0} 組になりますが、文書には {1} 組あります"),
    REPLAY_DIFFERS("the document says {0}, but training from its settings gives {1}; the document does not come from the training it describes",
            "文書では {0} ですが、その設定から学習し直すと {1} になります。文書は、それが記す学習から作られたものではありません"),

    // the pictures and views of a model
    GRID_INPUTS("a decision grid needs a model of 2 inputs, this one has {0}", "決定境界の図には入力 2 個のモデルが必要ですが、このモデルの入力は {0} 個です"),
    GRID_TOO_LARGE("a grid of {0} x {1} cells is larger than {2}", "{0} × {1} マスの格子は上限の {2} マスを超えます"),
    GRID_MARGIN("margin must be a number >= 0, got {0}", "余白は 0 以上の数で指定してください ({0} が指定されました)"),
    GRID_STEP_CELLS("a step of {0} over this data makes {1} cells, more than {2}", "このデータを {0} 刻みにすると {1} マスになり、上限の {2} マスを超えます"),
    IMAGE_SIZE("image size must be at least 1 x 1, got {0} x {1}", "画像の大きさは 1 × 1 以上で指定してください ({0} × {1} が指定されました)"),
    GRID_STEP("grid step must be a positive number, got {0}", "格子の刻みは正の数で指定してください ({0} が指定されました)"),
    GRID_SIDE("a grid needs at least one cell a side, got {0}", "格子には一辺に 1 マス以上必要です ({0} が指定されました)"),
    GRID_BOUNDS("bounds must be finite with min < max", "範囲は有限で、最小値 < 最大値である必要があります"),
    WARP_LAYER("hidden layer must be between 1 and {0}, got {1}", "隠れ層は 1 から {0} の範囲で選んでください ({1} が指定されました)"),
    WARP_GRID("a grid of 2 to 100 lines a side, 2 to 400 samples a line, got {0} and {1}",
            "格子は一辺 2 から 100 本、1 本に 2 から 400 点です ({0} と {1} が指定されました)"),
    MAPS_INPUTS("unit maps need a network of 2 inputs, this one has {0}", "ユニットの地図には入力 2 個のネットワークが必要ですが、このネットワークの入力は {0} 個です"),
    MAPS_SIZE("maps must be at least 1 x 1, got {0} x {1}", "地図は 1 × 1 以上である必要があります ({0} × {1} が指定されました)"),
    MAPS_TOO_MANY("{0} maps of {1} x {2} cells are more than {3} values", "{0} 個の {1} × {2} マスの地図は、上限の {3} 個の値を超えます"),
    TRACE_INPUTS("the network takes {0} coordinates, got {1}", "ネットワークの入力は {0} 個の座標ですが、{1} 個が渡されました"),
    TRACE_LABEL("label must be between 0 and {0}, got {1}", "ラベルは 0 から {0} の範囲で指定してください ({1} が指定されました)"),
    LAYER_POINTS("expected {0} points of {1} coordinates, got {2} numbers", "座標 {1} 個の点が {0} 個必要ですが、数値が {2} 個あります"),
    EPSILON_RANGE("epsilon must be between 0 and 1, got {0}", "epsilon は 0 から 1 の範囲で指定してください ({0} が指定されました)"),
    LOGREG_SHAPE("coefficients do not fit {0} inputs and {1} classes", "係数が入力 {0} 個、クラス {1} 個に合いません"),
    LOGREG_C("C must be a positive finite number, got {0}", "C は正の有限の数で指定してください ({0} が指定されました)"),

    // a stored model in words: its titles, its share page, its card (with UiText, the page's own words for the same things)
    MODEL_ARTICLE("Hidden layer size {0}", "隠れ層のサイズ {0}"),
    MODEL_NETWORK("{0} network ({1})", "{0} のネットワーク ({1})"),
    MODEL_LOGREG("Logistic regression", "ロジスティック回帰"),
    SCORE_LOSS("loss {0}", "損失 {0}"),
    SCORE_ACCURACY("accuracy {0}%", "正解率 {0}%"),
    SCORE_TEST("test {0}%", "テスト正解率 {0}%"),
    OWN_POINTS("{0} points", "{0} 個の点"),
    UNVERIFIED("not verified", "未検証"),
    UNVERIFIED_MEANING("not verified: the server did not train it again to check what it claims",
            "未検証: サーバーはこのモデルを学習し直して、その内容を確かめていません"),
    TRAINED_ON("{0} trained on {1}", "{1} で学習した{0}"),
    MODEL_ON("{0} on {1}", "{1} での{0}"),
    MODEL_ON_PASSES("{0} on {1}, {2} passes", "{1} での{0}、{2} 回の学習"),
    TAGLINE("A neural network from scratch", "ゼロから作るニューラルネットワーク"),

    // a training that failed (nnfs.nn.Training)
    WEIGHTS_NOT_FINITE("the weights became NaN or infinite in pass {0}; the learning rate {1} is probably too high for this network",
            "{0} 回目で重みが NaN または無限大になりました。学習率 {1} はこのネットワークには大きすぎるようです"),
    LOSS_NOT_FINITE("the loss became {0} after pass {1}; the learning rate {2} is probably too high for this network",
            "{1} 回目の後で損失が {0} になりました。学習率 {2} はこのネットワークには大きすぎるようです"),
    LOSS_GREW("the loss grew from {0} after pass {1} to {2} after pass {3}: training diverged; the learning rate {4} is probably too high for this network",
            "損失が {1} 回目の後の {0} から {3} 回目の後の {2} に増えました。学習が発散しています。学習率 {4} はこのネットワークには大きすぎるようです"),

    // the server's answers: their titles (RFC 9457's title, one per kind of problem)
    TITLE_BAD_REQUEST("Bad request", "リクエストが正しくありません"),
    TITLE_NOT_FOUND("Not found", "見つかりません"),
    TITLE_UNPROCESSABLE("Unprocessable request", "処理できないリクエストです"),
    TITLE_BUSY("Busy", "混み合っています"),
    TITLE_STORE_UNAVAILABLE("Store unavailable", "モデルの保存先を利用できません"),
    TITLE_INTERNAL("Internal error", "サーバー内部のエラー"),
    TITLE_METHOD("Method not allowed", "使えないメソッドです"),
    TITLE_TOO_MANY("Too many requests", "リクエストが多すぎます"),
    TITLE_TIMEOUT("Request timeout", "リクエストが時間切れになりました"),
    TITLE_TOO_LARGE("Content too large", "本文が大きすぎます"),
    TITLE_MEDIA_TYPE("Unsupported media type", "対応していないメディアタイプです"),
    TITLE_SHUTTING_DOWN("Shutting down", "サーバーを停止しています"),
    TITLE_CLIENT_GONE("Client gone", "クライアントが切断しました"),
    TITLE_NOT_IMPLEMENTED("Not implemented", "対応していません"),
    TITLE_FORBIDDEN("Forbidden", "許可されていません"),
    TITLE_STORED_UNSHOWABLE("Stored model cannot be shown", "保存されたモデルを表示できません"),
    TITLE_INVALID_MODEL("Invalid model document", "モデル文書が正しくありません"),
    TITLE_CANNOT_VERIFY("Cannot verify", "検証できません"),
    TITLE_DOES_NOT_REPRODUCE("Training does not reproduce", "学習が再現されません"),
    TITLE_MODEL_TOO_LARGE("Model too large to store", "保存するにはモデルが大きすぎます"),
    TITLE_INVALID_TRAINING("Invalid training request", "学習のリクエストが正しくありません"),

    // the server's answers: what was wrong
    BUSY("the server is busy: {0}; try again in a moment", "サーバーが混み合っています ({0})。しばらくしてからもう一度お試しください"),
    BUSY_PICTURES("too many pictures are being drawn or waited for", "描画中または描画待ちの図が多すぎます"),
    BUSY_RENDERERS("all image renderers are busy", "図を描く処理がすべて使用中です"),
    BUSY_INTERRUPTED("interrupted", "処理が中断されました"),
    BUSY_STILL_DRAWING("the picture is still being drawn", "図はまだ描画中です"),
    BUSY_FIGURE("the article's figure {0} is being rendered (once, then kept)", "記事の図 {0} を描画しています (一度描いたら保存されます)"),
    BUSY_SLOTS_QUEUE("all training slots are busy and {0} requests wait for one", "学習の枠がすべて使用中で、{0} 件のリクエストが空きを待っています"),
    BUSY_SLOTS("all training slots are busy", "学習の枠がすべて使用中です"),
    STORE_UNAVAILABLE("the model store cannot be reached right now", "モデルの保存先に今は接続できません"),
    INTERNAL("something went wrong on the server (request {0})", "サーバーで問題が起きました (リクエスト {0})"),
    METHOD_NOT_ALLOWED("{0} is not allowed on {1}", "{1} には {0} を使えません"),
    METHOD_NOT_ALLOWED_LIST("{0} is not allowed on {1}; allowed: {2}", "{1} には {0} を使えません。使えるのは {2} です"),
    NOTHING_AT("nothing at {0}", "{0} には何もありません"),
    NO_FIGURE("no article figure '{0}': there are {1} (.png)", "記事の図 '{0}' はありません。あるのは {1} (.png) です"),
    BAD_ESCAPE("the path has '{0}', which is not a percent-escape: write a byte as % and two hex digits (%41)",
            "パスの '{0}' はパーセントエンコードではありません。1 バイトを % と 16 進数 2 桁で書いてください (%41)"),
    TOO_MANY_SAVES("at most so many saves and trainings a minute from one address; try again in {0} s",
            "1 つのアドレスから 1 分間にできる保存と学習の回数を超えました。{0} 秒後にもう一度お試しください"),
    TRAINING_SHARE("this address has used its share of the server's training time for now ({0}); try again in {1} s",
            "このアドレスはサーバーの学習時間の割り当てを今は使い切っています ({0})。{1} 秒後にもう一度お試しください"),
    WORK_TRAINING("training", "学習"),
    WORK_REPLAY("training models again to verify them", "検証のためのモデルの再学習"),
    BODY_NOT_UTF8("the body is not valid UTF-8", "本文が正しい UTF-8 ではありません"),
    BODY_STOPPED("the body stopped arriving (nothing for {0} s)", "本文の受信が止まりました ({0} 秒間何も届いていません)"),
    BODY_UNREADABLE("the body could not be read: {0}", "本文を読めませんでした: {0}"),
    BODY_TOO_SLOW("the body arrived too slowly ({0} of {1} bytes); send it at {2} KB/s or faster",
            "本文の到着が遅すぎます ({1} バイト中 {0} バイト)。{2} KB/s 以上の速さで送ってください"),
    BODY_TOO_LARGE_DECLARED("the body is {0} bytes; at most {1} bytes are accepted", "本文は {0} バイトです。受け付けるのは {1} バイトまでです"),
    BODY_TOO_LARGE("the body is larger than allowed; at most {0} bytes are accepted", "本文が大きすぎます。受け付けるのは {0} バイトまでです"),
    NOT_JSON("send the body as application/json, not {0}", "本文は {0} ではなく application/json で送ってください"),
    NOT_JSON_UNTYPED("send the body as application/json, not without a Content-Type", "本文は Content-Type を application/json として送ってください"),
    SHUTTING_DOWN("the server is stopping and cancelled this work; try again in a moment",
            "サーバーが停止するため、この処理を取りやめました。しばらくしてからもう一度お試しください"),
    CLIENT_GONE("the client closed the connection; the work was stopped", "クライアントが接続を閉じたため、処理を止めました"),
    METRICS_OFF("metrics are off; start the server with --metrics", "メトリクスは無効です。--metrics を付けてサーバーを起動してください"),
    WHOLE_NUMBER("{0} must be a whole number, got '{1}'", "{0} は整数で指定してください ('{1}' が指定されました)"),
    INTEGER_RANGE("{0} must be between {1} and {2}, got {3}", "{0} は {1} から {2} の範囲で指定してください ({3} が指定されました)"),
    PIXELS_WHOLE("{0} must be a whole number of pixels, got '{1}'", "{0} はピクセル数を整数で指定してください ('{1}' が指定されました)"),
    PIXELS_RANGE("{0} must be between {1} and {2} pixels, got {3}", "{0} は {1} から {2} ピクセルの範囲で指定してください ({3} が指定されました)"),
    PICTURE_POINTS("a picture shows at most {0} points, asked for {1}", "図に描ける点は {0} 個までです ({1} 個が指定されました)"),
    OEMBED_FORMAT("only format=json is served, not {0}", "format=json にだけ対応しています ({0} には対応していません)"),
    OEMBED_NO_URL("the url parameter is required", "url パラメーターが必要です"),
    OEMBED_NOT_MODEL("not an nnfs model link: {0}", "nnfs のモデルのリンクではありません: {0}"),
    OEMBED_OTHER_SERVER("not a model link of this server ({0}): {1}", "このサーバー ({0}) のモデルのリンクではありません: {1}"),
    NOT_AN_ID("'{0}' is not a model id (22 characters of A-Z a-z 0-9 _ -)", "'{0}' はモデルの ID ではありません (A-Z a-z 0-9 _ - の 22 文字です)"),
    NO_MODEL("no model with id {0}", "ID が {0} のモデルはありません"),
    STORED_BREAKS_RULE("model {0} was stored by an earlier nnfs and breaks a rule of this one: {1}",
            "モデル {0} は以前の nnfs が保存したもので、今の規則に反しています: {1}"),
    NO_DELETE_TOKEN("send the model's delete token in the Nnfs-Delete-Token header", "モデルの削除トークンを Nnfs-Delete-Token ヘッダーで送ってください"),
    WRONG_DELETE_TOKEN("the delete token does not match this model", "削除トークンがこのモデルのものと一致しません"),
    VERIFY_BUDGET("training this model again to check it costs {0} multiply-adds; the server checks at most {1}. Send it with "
            + "\"unverified\": true to store it anyway: its page, card and embeds will say it was not verified",
            "このモデルを検証のために学習し直すには {0} 回の積和演算が必要ですが、サーバーが検証するのは {1} 回までです。"
            + "それでも保存するには \"unverified\": true を付けて送ってください。そのページ、カード、埋め込みには未検証と表示されます"),
    MODEL_TOO_LARGE("the model document would be {0} characters; a stored model holds at most {1} (fewer points or a smaller network)",
            "モデル文書は {0} 文字になりますが、保存できるのは {1} 文字までです (点を減らすか、ネットワークを小さくしてください)"),
    MODEL_NOT_2D("has {0} inputs; nnfs stores and draws models of 2-D points only", "入力が {0} 個あります。nnfs が保存して描くのは 2 次元の点のモデルだけです"),
    TRAIN_BUDGET("this training costs {0} multiply-adds ({1} passes of {2} parameters over {3} points, with its evaluations); the server "
            + "trains at most {4}. Train it in the browser, or with fewer passes, points or units",
            "この学習には {0} 回の積和演算が必要です ({2} 個のパラメーターを {3} 個の点で {1} 回、評価を含む)。サーバーで学習できるのは {4} 回までです。"
            + "ブラウザーで学習するか、反復回数、点、ユニットを減らしてください"),
    DOCUMENT_PARAMETERS("the network has {0} parameters; a model document holds at most {1}", "ネットワークのパラメーターは {0} 個ですが、モデル文書に入るのは {1} 個までです"),
    QUERY_ENCODING("the url's query is not well encoded: {0}", "url のクエリのエンコードが正しくありません: {0}"),
    SETUP_NO_POINTS("an untrained setup's embed draws a generated data set; points need a stored model",
            "学習前の設定の埋め込みが描くのは生成したデータセットです。点を使うには保存されたモデルが必要です"),
    ACTIVATION_PER_LAYER("activation must be one, or one per hidden layer ({0}), got '{1}'",
            "活性化関数は 1 つか、隠れ層ごとに 1 つ ({0} 個) 指定してください ('{1}' が指定されました)"),
    URI_TOO_LONG("the request's URI is too long", "リクエストの URI が長すぎます"),
    HEADERS_TOO_LARGE("the request's headers are too large", "リクエストのヘッダーが大きすぎます"),
    HTTP_VERSION("this server speaks HTTP/1.0 and HTTP/1.1", "このサーバーが話すのは HTTP/1.0 と HTTP/1.1 です"),
    MALFORMED("the request is malformed: {0}", "リクエストの形が正しくありません: {0}"),

    // classroom challenges: what a teacher sets, and why an entry is refused
    CHALLENGE_NO_TITLE("a challenge needs a title", "課題にはタイトルが必要です"),
    CHALLENGE_NEEDS_TEST("a challenge's goal is measured on held-out points: data.testFraction must be more than 0",
            "課題の目標は取り分けた点で測ります。data.testFraction は 0 より大きくしてください"),
    CHALLENGE_NO_ACTIVATIONS("name at least one activation the entries may use", "使ってよい活性化関数を 1 つ以上指定してください"),
    CHALLENGE_METRIC("must be testAccuracy or testLoss, got '{0}'", "testAccuracy か testLoss で指定してください ('{0}' が指定されました)"),
    CHALLENGE_RANK("must be metric (the best score first) or size (the smallest network that meets the goal first), got '{0}'",
            "metric (スコア順) か size (目標を達成した最小のネットワーク順) で指定してください ('{0}' が指定されました)"),
    CHALLENGE_TARGET("the target test accuracy is a fraction from 0 to 1 (0.95 for 95 %), got {0}",
            "目標のテスト正解率は 0 から 1 の割合で指定してください (95 % なら 0.95、{0} が指定されました)"),
    CHALLENGE_LOSS_TARGET("the target test loss must be more than 0, got {0}", "目標のテスト損失は 0 より大きくしてください ({0} が指定されました)"),
    CHALLENGE_TOO_COSTLY("an entry within these limits may cost {0} multiply-adds to check, more than the {1} the server checks; "
            + "at most {2} passes fit with these units and data",
            "この制限の範囲の提出を検証するには最大 {0} 回の積和演算が必要で、サーバーが検証する {1} 回を超えます。"
            + "このユニット数とデータでは反復回数は {2} 回までです"),
    ENTRY_NOT_NETWORK("a challenge takes a neural network, not a logistic regression", "課題に提出できるのはニューラルネットワークで、ロジスティック回帰は提出できません"),
    ENTRY_OTHER_DATA("the model was trained on other data than the challenge's: {0} is {1}, the challenge's is {2}",
            "モデルは課題と違うデータで学習されています: {0} が {1} ですが、課題では {2} です"),
    ENTRY_UNITS("the network has {0} hidden units in all; the challenge allows at most {1}",
            "ネットワークの隠れユニットは合計 {0} 個ですが、課題で使えるのは {1} 個までです"),
    ENTRY_LAYERS("the network has {0} hidden layers; the challenge allows at most {1}",
            "ネットワークの隠れ層は {0} 層ですが、課題で使えるのは {1} 層までです"),
    ENTRY_ACTIVATION("hidden layer {0} uses {1}; the challenge allows {2}", "隠れ層 {0} は {1} を使っていますが、課題で使えるのは {2} です"),
    ENTRY_PASSES("the model was trained for {0} passes; the challenge allows at most {1}",
            "モデルは {0} 回反復して学習されていますが、課題で使えるのは {1} 回までです"),
    ENTRY_NO_NAME("an entry needs the student's name", "提出には名前が必要です"),
    ENTRY_NAME_CONTROL("a name is letters, digits, spaces and punctuation, without control characters",
            "名前に制御文字は使えません (文字、数字、空白、記号で書いてください)"),
    ENTRY_NOT_OBJECT("an entry is a JSON object: {\"name\": ..., \"model\": {...}}", "提出は JSON オブジェクト ({\"name\": ..., \"model\": {...}}) です"),
    CHALLENGE_CLOSED("the challenge closed at {0}", "課題は {0} に締め切られました"),
    CHALLENGE_CLOSES_PAST("closes must be a time in the future, got {0}", "closes には未来の時刻を指定してください ({0} が指定されました)"),
    CHALLENGE_CLOSES_FORMAT("closes must be an ISO time like 2027-01-31T17:00:00Z, got '{0}'",
            "closes は 2027-01-31T17:00:00Z のような ISO 形式の時刻で指定してください ('{0}' が指定されました)"),
    NO_CHALLENGE("there is no challenge {0} (its teacher may have deleted it)", "課題 {0} はありません (先生が削除した可能性があります)"),
    NO_ENTRY("there is no entry {0} in this challenge", "この課題に提出 {0} はありません"),
    NO_TEACHER_TOKEN("this needs the challenge's teacher token in the Nnfs-Teacher-Token header",
            "これには Nnfs-Teacher-Token ヘッダーに課題の先生用トークンが必要です"),
    WRONG_TEACHER_TOKEN("the teacher token does not match this challenge", "先生用トークンがこの課題と一致しません"),
    TITLE_INVALID_CHALLENGE("Invalid challenge", "課題の設定が正しくありません"),
    TITLE_NOT_THE_CHALLENGES("Not the challenge's data or limits", "課題のデータや制限と合いません"),
    TITLE_CHALLENGE_CLOSED("Challenge closed", "課題は締め切られました"),

    // kinds of JSON values, as EXPECTED_KIND names them
    KIND_OBJECT("an object", "オブジェクト"),
    KIND_ARRAY("an array", "配列"),
    KIND_STRING("a string", "文字列"),
    KIND_NUMBER("a number", "数値"),
    KIND_BOOLEAN("a boolean", "真偽値"),
    KIND_TRUE_OR_FALSE("true or false", "真偽値"),
    KIND_OTHER("something else", "別の値"),
    KIND_NULL("null"),

    // where a problem is
    AT_DOCUMENT("the document", "文書"),
    /** A place named the same in every language: a JSON path, "data". */
    AT_PLACE("{0}"),
    /** A message not in the catalogue (an unexpected failure), as it was said. */
    UNSAID("{0}");

    /** The languages of the catalogue, in the order of their texts. */
    public static final String[] LANGUAGES = {"en", "ja"};

    final String en, ja;
    /** Said the same in every language: a place's own name, or a text from outside the catalogue. */
    public final boolean literal;

    Msg(String en, String ja) {
        this.en = en;
        this.ja = ja;
        this.literal = false;
    }

    Msg(String both) {
        this.en = both;
        this.ja = both;
        this.literal = true;
    }

    /** The template in a language ("ja"; anything else is English). */
    public String template(String lang) {
        return "ja".equals(lang) ? ja : en;
    }

    /** The template with its arguments, in a language. */
    public String format(String lang, Object... args) {
        return fill(template(lang), lang, args);
    }

    /** A template of the catalogue with its arguments: {0} is args[0]; a message or problem argument is said in {@code lang}. */
    static String fill(String t, String lang, Object... args) {
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close > i + 1 && close < i + 4 && isDigits(t, i + 1, close)) {
                int k = Integer.parseInt(t.substring(i + 1, close));
                // an argument that is itself a message (a kind of value) is said in the same language
                out.append(k >= args.length ? t.substring(i, close + 1) : args[k] instanceof Msg ? ((Msg) args[k]).template(lang)
                        : args[k] instanceof Problem ? ((Problem) args[k]).in(lang) : String.valueOf(args[k]));
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
