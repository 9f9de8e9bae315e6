// Every text of the interface, in English and Japanese. The language comes from the URL, else the browser.
'use strict';
const STRINGS = {
  en: {
    title: 'nnfs — a neural network from scratch',
    subtitle: 'Denny Britz\'s article, trained in your browser',
    data: 'Data', kind: 'Data set', moons: 'Moons', circles: 'Circles', xor: 'XOR', blobs: 'Blobs', spiral: 'Spiral',
    points: 'Points', noise: 'Noise', dataSeed: 'Data seed', classes: 'Classes', factor: 'Inner radius', testFraction: 'Test fraction',
    model: 'Model', network: 'Neural network', logreg: 'Logistic regression', hidden: 'Hidden layers', activation: 'Activation',
    learningRate: 'Learning rate ε', reg: 'Regularisation λ', passes: 'Passes',
    batch: 'Batch size (0 = full batch)', meanGradients: 'Average the batch gradients (the article sums them)', anneal: 'Annealing', annealNone: 'none', annealStep: 'step', annealExp: 'exponential',
    annealInv: '1/t', annealParam: 'Annealing parameter', weightSeed: 'Weight seed', view: 'View', shading: 'Probability shading',
    showTest: 'Show test data', apply: 'Apply and reset', play: 'Play', pause: 'Pause', step1: 'Step 1', step100: 'Step 100',
    reset: 'Reset', runToEnd: 'Run to the end', pass: 'Pass', loss: 'Loss', accuracy: 'Accuracy', testAccuracy: 'Test accuracy',
    testLoss: 'Test loss', log: 'Log', lossCurve: 'Loss', boundary: 'Decision boundary', baseline: 'Logistic regression baseline',
    compare: 'Compare hidden layer sizes', compareRun: 'Train sizes 1, 2, 3, 4, 5, 20, 50', hiddenSize: 'Hidden layer size',
    share: 'Share trained model', copy: 'Copy', copied: 'Copied', embedCode: 'Embed code', oembed: 'oEmbed URL',
    shareOffline: 'The server could not be reached: this link carries the model itself.', exportModel: 'Export model',
    importModel: 'Import model', downloadPng: 'Download PNG', language: 'Language', done: 'Done', failed: 'Stopped',
    running: 'Training…', paused: 'Paused', ready: 'Ready', invalid: 'Invalid settings', mustBeNumber: 'must be a number',
    mustBeBetween: 'must be between {0} and {1}', mustBeSizes: 'must be sizes like 3 or 5,4', sharedModel: 'Shared model',
    offline: 'Offline: training still works', article: 'The article', openFull: 'Open in nnfs', activationHint: 'tanh, sigmoid or relu; one per hidden layer, like relu,tanh',
    mustBeActivations: 'must be tanh, sigmoid or relu, one for all layers or one per layer', activationsPerLayer: 'give one activation, or one per hidden layer ({0})', ownPoints: 'Your points', csv: 'Points from a CSV file',
    pointsHint: 'Click the plot to add a point of class 0, Shift+click for class 1, Alt+click for class 2; click a point to remove it.',
    alternating: 'The loss now alternates between two values from one pass to the next (a period-2 oscillation). The log prints every 1000th pass, all even, so it shows one value; the last pass shows the other.',
    csvInvalid: 'this file cannot be read: {0}', hover: 'x {0}, y {1}: {2}', probability: 'P(class {0}) = {1}',
  },
  ja: {
    title: 'nnfs — ライブラリーを使わずに作るニューラルネットワーク',
    subtitle: 'Denny Britz の記事を、ブラウザの中で学習する',
    data: 'データ', kind: 'データセット', moons: '月形 (moons)', circles: '同心円', xor: '排他的論理和 (XOR)', blobs: '塊 (blobs)', spiral: '渦巻き',
    points: '点の数', noise: 'ノイズ', dataSeed: 'データの乱数シード', classes: 'クラス数', factor: '内側の半径', testFraction: 'テストデータの割合',
    model: 'モデル', network: 'ニューラルネットワーク', logreg: 'ロジスティック回帰', hidden: '隠れ層', activation: '活性化関数',
    learningRate: '学習率 ε', reg: '正則化 λ', passes: '反復回数',
    batch: 'バッチサイズ (0 = 全データ)', meanGradients: 'バッチの勾配を平均する (記事は合計する)', anneal: '学習率の減衰', annealNone: 'なし', annealStep: '段階的', annealExp: '指数的',
    annealInv: '1/t', annealParam: '減衰のパラメーター', weightSeed: '重みの乱数シード', view: '表示', shading: '確率で濃淡をつける',
    showTest: 'テストデータを表示', apply: '適用してリセット', play: '再生', pause: '一時停止', step1: '1 回進める', step100: '100 回進める',
    reset: 'リセット', runToEnd: '最後まで実行', pass: '反復', loss: '損失', accuracy: '正解率', testAccuracy: 'テスト正解率',
    testLoss: 'テスト損失', log: 'ログ', lossCurve: '損失の推移', boundary: '決定境界', baseline: 'ロジスティック回帰(比較の基準)',
    compare: '隠れ層のサイズを比べる', compareRun: 'サイズ 1, 2, 3, 4, 5, 20, 50 を学習', hiddenSize: '隠れ層のサイズ',
    share: '学習済みモデルを共有', copy: 'コピー', copied: 'コピーしました', embedCode: '埋め込みコード', oembed: 'oEmbed の URL',
    shareOffline: 'サーバーに接続できないため、リンクにモデルそのものを含めました。', exportModel: 'モデルを書き出す',
    importModel: 'モデルを読み込む', downloadPng: 'PNG をダウンロード', language: '言語', done: '完了', failed: '停止しました',
    running: '学習中…', paused: '一時停止中', ready: '準備完了', invalid: '設定が正しくありません', mustBeNumber: 'は数値にしてください',
    mustBeBetween: 'は {0} から {1} の範囲にしてください', mustBeSizes: 'は 3 や 5,4 のようなサイズにしてください', sharedModel: '共有されたモデル',
    offline: 'オフライン: 学習はそのまま続けられます', article: '元の記事', openFull: 'nnfs で開く', activationHint: 'tanh、sigmoid、relu のいずれか。層ごとに relu,tanh のように指定できます',
    mustBeActivations: 'は tanh、sigmoid、relu のいずれかにしてください(全層に 1 つ、または層ごとに 1 つ)', activationsPerLayer: '活性化関数は 1 つ、または隠れ層の数 ({0}) だけ指定してください', ownPoints: '自分で置いた点', csv: 'CSV ファイルから点を読み込む',
    pointsHint: '図をクリックするとクラス 0 の点、Shift+クリックでクラス 1、Alt+クリックでクラス 2 の点を置きます。点をクリックすると消えます。',
    alternating: '損失は 1 パスごとに 2 つの値を交互にとっています (周期 2 の振動)。ログは 1000 パスごと (すべて偶数回目) なので片方の値だけを示し、最後のパスはもう片方の値になります。',
    csvInvalid: 'このファイルは読めません: {0}', hover: 'x {0}, y {1}: {2}', probability: 'P(クラス {0}) = {1}',
  },
};

function pickLanguage(fromUrl) {
  if (fromUrl && STRINGS[fromUrl]) return fromUrl;
  const langs = navigator.languages || [navigator.language || 'en'];
  for (const l of langs) {
    const base = String(l).toLowerCase().split('-')[0];
    if (STRINGS[base]) return base;
  }
  return 'en';
}

function t(lang, key, ...args) {
  let s = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
  args.forEach((a, i) => { s = s.replace('{' + i + '}', a); });
  return s;
}

/** Puts the texts of one language into every element with data-i18n (text) or data-i18n-label (aria-label). */
function translatePage(lang) {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(lang, el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel)); });
  document.title = t(lang, 'title');
}
