// The engine's messages in Japanese. The engine (shared Java, the same on the server) says what is wrong in English,
// with the numbers and names that matter; this page translates those sentences by their shape, keeping the numbers,
// JSON paths and identifiers (tanh, moons, "nnfs-model") as they are. A message of a shape not listed here is shown
// as the engine wrote it: the browser test feeds this table the engine's real messages, so a new one is noticed.
export const EngineText = (() => {
  const N = '(-?[\\d.eE+\\-]+|NaN|-?Infinity)'; // a number as Java writes it
  const W = '(\\d+)'; // a count
  const Q = "'([^']*)'";
  const kinds = { 'null': 'null', 'a string': '文字列', 'a number': '数値', 'a boolean': '真偽値', 'an object': 'オブジェクト', 'an array': '配列', 'something else': '別の値' };
  const kind = k => kinds[k] || k;

  // [pattern of the whole sentence, its Japanese ($1... are the captured parts; a function for the harder ones)]
  const RULES = [
    // the JSON reader
    ['malformed JSON at character ' + W + ': (.*)', (m, at, what) => 'JSON の ' + at + ' 文字目が不正です: ' + ja(what)],
    ['unexpected text after the JSON value', 'JSON の値の後に余分な文字があります'],
    ['nested deeper than ' + W + ' levels', '入れ子が $1 段より深くなっています'],
    ['unexpected end of input', '入力が途中で終わっています'],
    ["unexpected character '(.)'", "予期しない文字 '$1' があります"],
    ['expected a quoted member name', '引用符で囲んだメンバー名が必要です'],
    ['duplicate member "([^"]*)"', 'メンバー "$1" が重複しています'],
    ["expected '(.)'", "'$1' が必要です"],
    ["expected '(.)' or '(.)'", "'$1' または '$2' が必要です"],
    ['unterminated string', '文字列が閉じていません'],
    ['control character in string', '文字列に制御文字があります'],
    ['bad \\\\u escape', '\\u エスケープが不正です'],
    ["bad escape '(.*)'", "エスケープ '$1' が不正です"],
    ['lone surrogate (\\\\u[0-9a-f]+) in a string \\(not a character\\)', '文字列に対のないサロゲート $1 があります (文字になりません)'],
    ['bad number', '数値の書き方が不正です'],
    ["bad number: digits expected after '.'", "数値の書き方が不正です: '.' の後に数字が必要です"],
    ['bad number: digits expected in the exponent', '数値の書き方が不正です: 指数部に数字が必要です'],
    ['number out of range', '数値が範囲外です'],
    ['expected (true|false|null)', '$1 が必要です'],
    // the model document's fields
    ['missing', 'ありません'],
    ['expected (an object|an array|a string|a number|true or false), found (.*)', (m, want, found) =>
      (want === 'true or false' ? '真偽値' : kind(want)) + 'が必要ですが、' + kind(found) + 'でした'],
    ['expected a finite number, found ' + N, '有限の数値が必要ですが、$1 でした'],
    ['expected a fraction between 0 and 1, found ' + N, '0 から 1 の割合が必要ですが、$1 でした'],
    ['expected a whole number, found ' + N, '整数が必要ですが、$1 でした'],
    ['expected a whole number from ' + N + ' to ' + N + ', found ' + N, '$1 から $2 の整数が必要ですが、$3 でした'],
    ['at most ' + W + ' elements, found ' + W, '要素は $1 個までですが、$2 個あります'],
    ['expected ' + W + ' numbers, found ' + W, '数値が $1 個必要ですが、$2 個あります'],
    ['expected ' + W + ' rows, found ' + W, '行が $1 行必要ですが、$2 行あります'],
    ['the document claims (.*), but this model and data have no (\\w+)', '文書では $1 とされていますが、このモデルとデータには $2 がありません'],
    ["missing; this model's weights give (.*) on its data", 'ありません。このモデルの重みでは、データ上で $1 になります'],
    ['the document claims (.*), but its weights give (.*) on its data', '文書では $1 とされていますが、重みからはデータ上で $2 になります'],
    ['the document is ' + W + ' characters long; at most ' + W, '文書が $1 文字あります。上限は $2 文字です'],
    ['the request is longer than ' + W + ' characters', 'リクエストが $1 文字を超えています'],
    ['expected "([^"]*)"', '"$1" が必要です'],
    ['version ' + W + ' is not known; this nnfs reads version ' + W, 'バージョン $1 は不明です。この nnfs が読めるのはバージョン $2 です'],
    ['longer than ' + W + ' characters', '$1 文字を超えています'],
    ['a logistic regression has no training settings', 'ロジスティック回帰には学習の設定がありません'],
    ['expected \\[pass, loss, accuracy, testLoss, testAccuracy\\]', '[pass, loss, accuracy, testLoss, testAccuracy] の形が必要です'],
    ['passes must increase', '学習回数は行ごとに増える必要があります'],
    ['the points have ' + W + ' coordinates, the model ' + W + ' inputs', '点の座標は $1 個ですが、モデルの入力は $2 個です'],
    ['the data has ' + W + ' classes, the model only ' + W, 'データのクラスは $1 個ですが、モデルには $2 個しかありません'],
    ['generated data sets are 2-dimensional; the model has ' + W + ' inputs', '生成するデータセットは 2 次元ですが、モデルの入力は $1 個です'],
    ['the network has ' + W + ' parameters; at most ' + W, 'ネットワークのパラメーターが $1 個あります。上限は $2 個です'],
    ['expected ' + W + ' weight matrices', '重み行列が $1 個必要です'],
    ['expected ' + W + ' bias vectors', 'バイアスのベクトルが $1 個必要です'],
    ['C must be positive', 'C は正の数である必要があります'],
    ['unknown model type "([^"]*)": expected "network" or "logistic-regression"', '不明なモデルの種類 "$1" です。"network" か "logistic-regression" を指定してください'],
    ['at least one point is needed', '点が 1 つ以上必要です'],
    ['expected \\[x, y, label\\]', '[x, y, label] の形が必要です'],
    ['expected ' + W + ' numbers: coordinates and label', '数値が $1 個 (座標とラベル) 必要です'],
    ['at least one hidden layer', '隠れ層が 1 つ以上必要です'],
    ['expected one activation per hidden layer \\(' + W + '\\)', '隠れ層ごとに活性化関数が 1 つ ($1 個) 必要です'],
    // the training settings and the network
    ['passes must be between 0 and ' + W + ', got ' + N, '学習回数は 0 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['learning rate must be a number from ' + N + ' to ' + N + ', got ' + N, '学習率 ε は $1 から $2 の範囲の数で指定してください ($3 が指定されました)'],
    ['regularisation must be a number >= 0 and <= ' + N + ', got ' + N, '正則化 λ は 0 以上 $1 以下の数で指定してください ($2 が指定されました)'],
    ['seed must be between 0 and 2\\*\\*32 - 1, got ' + N, 'シードは 0 から 2**32 - 1 の範囲で指定してください ($1 が指定されました)'],
    ['batch size must be between 1 and ' + W + ' \\(or 0 for the full batch\\), got ' + N, 'バッチサイズは 1 から $1 (全データなら 0) の範囲で指定してください ($2 が指定されました)'],
    ['missing annealing schedule', '学習率の減衰の指定がありません'],
    ["unknown activation '([^']*)': expected tanh, sigmoid or relu", "不明な活性化関数 '$1' です。tanh、sigmoid、relu のいずれかを指定してください"],
    ['expected ' + W + ' weight matrices and bias vectors, got ' + W + ' and ' + W, '重み行列とバイアスのベクトルが $1 組必要ですが、$2 個と $3 個あります'],
    ['(W\\d+) should have ' + W + ' x ' + W + ' numbers, has ' + W, '$1 には $2 × $3 個の数値が必要ですが、$4 個あります'],
    ['(b\\d+) should have ' + W + ' numbers, has ' + W, '$1 には $2 個の数値が必要ですが、$3 個あります'],
    ['a network needs inputs, at least one hidden layer and outputs', 'ネットワークには入力、1 つ以上の隠れ層、出力が必要です'],
    ['at most ' + W + ' hidden layers, got ' + N, '隠れ層は $1 層までです ($2 層が指定されました)'],
    ['expected one activation per hidden layer \\(' + W + '\\), got ' + W, '隠れ層ごとに活性化関数が 1 つ ($1 個) 必要ですが、$2 個あります'],
    ['inputs must be between 1 and ' + W + ', got ' + N, '入力の数は 1 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['hidden layer ' + W + ' must have between 1 and ' + W + ' units, got ' + N, '隠れ層 $1 のユニット数は 1 から $2 の範囲で指定してください ($3 が指定されました)'],
    ['classes must be between 2 and ' + W + ', got ' + N, 'クラス数は 2 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['missing activation', '活性化関数の指定がありません'],
    ['the data has ' + W + ' coordinates per point, the network ' + W + ' inputs', 'データの点の座標は $1 個ですが、ネットワークの入力は $2 個です'],
    ['the data has ' + W + ' classes, the network ' + W + ' outputs', 'データのクラスは $1 個ですが、ネットワークの出力は $2 個です'],
    ['the test data does not fit the network', 'テストデータがネットワークに合いません'],
    ['start pass must be between 0 and ' + W + ', got ' + N, '開始する回は 0 から $1 の範囲である必要があります ($2 が指定されました)'],
    ['step factor must be between ' + N + ' and 1, got ' + N, 'step の係数は $1 から 1 の範囲で指定してください ($2 が指定されました)'],
    ['step interval must be at least 1 pass, got ' + N, 'step の間隔は 1 回以上で指定してください ($1 が指定されました)'],
    ['exp decay must be between 0 and 1, got ' + N, 'exp の減衰率は 0 から 1 の範囲で指定してください ($1 が指定されました)'],
    ['1/t decay must be between 0 and 1e6, got ' + N, '1/t の減衰率は 0 から 1e6 の範囲で指定してください ($1 が指定されました)'],
    ['annealing ' + Q + ' has a number that is not one', "減衰の指定 '$1' に数値になっていないものがあります"],
    ['annealing ' + Q + ' is not one of none, step:FACTOR:EVERY, exp:K, inv:K', "減衰の指定 '$1' は none、step:FACTOR:EVERY、exp:K、inv:K のどの形でもありません"],
    ['annealing needs finite numbers, got (.*)', '減衰には有限の数値が必要です ($1 が指定されました)'],
    // the followed point and the views
    ['the network takes ' + W + ' coordinates, got ' + W, 'ネットワークの入力は $1 個の座標ですが、$2 個が渡されました'],
    ['label must be between 0 and ' + W + ', got ' + N, 'ラベルは 0 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['hidden layer must be between 1 and ' + W + ', got ' + N, '隠れ層は 1 から $1 の範囲で選んでください ($2 が指定されました)'],
    ['unit maps need a network of 2 inputs, this one has ' + W, 'ユニットの地図には入力 2 個のネットワークが必要ですが、このネットワークの入力は $1 個です'],
    ['a decision grid needs a model of 2 inputs, this one has ' + W, '決定境界の図には入力 2 個のモデルが必要ですが、このモデルの入力は $1 個です'],
    ['(' + W + ' maps of ' + W + ' x ' + W + ' cells) are more than ' + W + ' values', (m, all, u, w, h, max) => u + ' 個の ' + w + ' × ' + h + ' マスの地図は、上限の ' + max + ' 個の値を超えます'],
    ['a grid of ' + W + ' x ' + W + ' cells is larger than ' + W, '$1 × $2 マスの格子は上限の $3 マスを超えます'],
    // the data
    ["logistic regression's " + W + '-fold cross-validation needs at least ' + W + ' points of every class; one class has ' + W,
      'ロジスティック回帰の $1 分割交差検証には、どのクラスにも $2 個以上の点が必要ですが、$3 個しかないクラスがあります'],
    ['a test fraction of ' + N + ' of ' + W + ' points leaves ' + W + ' for training and ' + W + ' for testing; both need at least 1',
      '$2 個の点の $1 をテストに回すと、訓練データが $3 個、テストデータが $4 個になります。どちらも 1 個以上必要です'],
    ['test fraction must be between 0 and 1 \\(exclusive\\), got ' + N, 'テストデータの割合は 0 より大きく 1 より小さい値で指定してください ($1 が指定されました)'],
    ['test fraction must be between 0 and ' + N + ', got ' + N, 'テストデータの割合は 0 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['split seed must be between 0 and 2\\*\\*32 - 1, got ' + N, '分割のシードは 0 から 2**32 - 1 の範囲で指定してください ($1 が指定されました)'],
    ['between 1 and ' + W + ' points, got ' + W, '点は 1 個から $1 個までです ($2 個あります)'],
    ['point ' + W + ': coordinate ' + N + ' is not a number between ' + N + ' and ' + N, '点 $1 の座標 $2 は $3 から $4 の範囲の数ではありません'],
    ['n must be between 1 and ' + W + ', got ' + N, '点の数 n は 1 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['noise must be a number from 0 to ' + N + ', got ' + N, 'ノイズは 0 から $1 の範囲の数で指定してください ($2 が指定されました)'],
    ['cannot join points of ' + W + ' and ' + W + ' coordinates', '座標が $1 個の点と $2 個の点は一緒にできません'],
    ['maps must be at least 1 x 1, got ' + W + ' x ' + W, '地図は 1 × 1 以上である必要があります ($1 × $2 が指定されました)'],
    ["unknown data set '([^']*)': expected (.*)", (m, id, list) => "不明なデータセット '" + id + "' です。" + list.replace(/,? or /, '、').replace(/, /g, '、') + ' のいずれかを指定してください'],
    ['factor must be >= 0 and < 1, got ' + N, 'factor は 0 以上 1 未満で指定してください ($1 が指定されました)'],
    ['factor must be between 0 and ' + N + ', got ' + N, 'factor は 0 から $1 の範囲で指定してください ($2 が指定されました)'],
    ['a data set needs at least one coordinate per point', 'データセットの点には座標が 1 つ以上必要です'],
    ['a data set needs at least 2 classes, got ' + N, 'データセットにはクラスが 2 つ以上必要です ($1 が指定されました)'],
    ['X has ' + W + ' numbers, expected ' + W + ' x ' + W, 'X には $2 × $3 個の数値が必要ですが、$1 個あります'],
    ['point ' + W + ' has a coordinate that is not a finite number: ' + N, '点 $1 の座標に有限でない数 $2 があります'],
    ['point ' + W + ' has label ' + N + ', expected 0 to ' + W, '点 $1 のラベルは $2 ですが、0 から $3 である必要があります'],
    ['at most ' + W + ' points', '点は $1 個までです'],
    ['no points', '点がありません'],
    ['expected x,y,label', 'x,y,label の形が必要です'],
    ['the label must be a whole number from 0 to ' + W, 'ラベルは 0 から $1 の整数である必要があります'],
    ['x and y must be between ' + N + ' and ' + N, 'x と y は $1 から $2 の範囲である必要があります'],
    ['x and y must be numbers', 'x と y は数値である必要があります'],
  ].map(([pattern, out]) => [new RegExp('^' + pattern + '$'), out]);

  /** A prefix naming where the problem is: a JSON path, "the document", "line 3", "data". */
  function where(prefix) {
    if (prefix === 'the document') return '文書';
    const line = /^line (\d+)$/.exec(prefix);
    if (line) return line[1] + ' 行目';
    return /^[\w.[\]-]+$/.test(prefix) ? prefix : null;
  }

  /** The Japanese of one engine message; the message itself when its shape is not known. */
  function ja(message) {
    const text = String(message);
    for (const [re, out] of RULES) {
      const m = re.exec(text);
      if (m) return typeof out === 'function' ? out(...m) : text.replace(re, out);
    }
    const cut = text.indexOf(': ');
    if (cut > 0) {
      const place = where(text.slice(0, cut));
      if (place !== null) return place + ': ' + ja(text.slice(cut + 2));
    }
    return text;
  }

  return { ja };
})();
