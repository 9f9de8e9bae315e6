// Every text of the interface, in English and Japanese. The language comes from the URL, else the browser.
import { all } from './dom.js';
/**
 * The page's texts by language and key; {0}, {1}... are where a text's arguments go.
 * @type {Record<string, Record<string, string>>}
 */
export const STRINGS = {
  en: {
    title: 'nnfs — a neural network from scratch',
    subtitle: 'Denny Britz\'s article, trained in your browser',
    data: 'Data', kind: 'Data set', moons: 'Moons', circles: 'Circles', xor: 'XOR', blobs: 'Blobs', spiral: 'Spiral',
    points: 'Points', noise: 'Noise', dataSeed: 'Data seed', classes: 'Classes', factor: 'Inner radius', testFraction: 'Test fraction',
    model: 'Model', network: 'Neural network', logreg: 'Logistic regression', hidden: 'Hidden layers', activation: 'Activation',
    learningRate: 'Learning rate ε', reg: 'Regularisation λ', passes: 'Passes',
    batch: 'Batch size (0 = full batch)', meanGradients: 'Average the batch gradients (the article sums them)', anneal: 'Annealing', annealNone: 'none', annealStep: 'step', annealExp: 'exponential',
    annealInv: '1/t', annealParam: 'Annealing parameter', weightSeed: 'Weight seed', view: 'View', shading: 'Probability shading',
    showTest: 'Show test data', apply: 'Apply and reset', play: 'Play', pause: 'Pause', watchTrain: 'Watch it train', step1: 'Step 1', step100: 'Step 100',
    reset: 'Reset', runToEnd: 'Run to the end', pass: 'Pass', loss: 'Loss', accuracy: 'Accuracy', testAccuracy: 'Test accuracy',
    testLoss: 'Test loss', log: 'Log', lossCurve: 'Loss', boundary: 'Decision boundary', baseline: 'Logistic regression baseline',
    compare: 'Compare hidden layer sizes', compareRun: 'Train sizes 1, 2, 3, 4, 5, 20, 50', hiddenSize: 'Hidden layer size',
    compareWaiting: 'waiting for a free worker', compareTraining: 'training…',
    compareRunning: 'Training {0} networks, {1} at a time (one per processor core), the largest first…',
    compareDone: '{0} networks trained in {1} s, {2} at a time.',
    share: 'Share trained model', copy: 'Copy', copied: 'Copied', embedCode: 'Embed code', oembed: 'oEmbed URL',
    shareOffline: 'The server could not be reached: this link carries the model itself.', shareRefused: 'The server did not store the model ({0}): this link carries the model itself.', exportModel: 'Export model',
    openBuilder: 'Build an embed…', builderTitle: 'Embed builder', whatShows: 'What the embed shows', boundaryAlways: 'Decision boundary (always)',
    lossPanel: 'Loss curve', diagramPanel: 'Network diagram', inspectPanel: 'Point inspector (click a point)', controlsLabel: 'Controls',
    controlsNone: 'none', controlsPlay: 'Play only', controlsAuto: 'the buttons, as many as the size allows', controlsAll: 'all, with the settings', lockedLabel: 'Settings locked (the learner cannot change them)',
    startLabel: 'Opens', startTrained: 'trained, with "Watch it train"', startUntrained: 'untrained, ready to Play', startReplay: 'training at once',
    readersLanguage: 'the reader\'s', captionLabel: 'Caption', sizeLabel: 'Size', sizeSmall: 'small, 400 × 300', sizeMedium: 'medium, 640 × 520',
    sizeLarge: 'large, 960 × 720', sizeFull: 'the page\'s width × 520', autoHeight: 'Grow to the height it needs (adds a few lines of script)',
    previewLabel: 'Preview, at the chosen size:', iframeHtml: 'iframe (HTML)', plainLink: 'Link',
    markdownLabel: 'Markdown (a picture linking to the model, where frames are not allowed)', embedModel: 'Embed…',
    settings: 'Settings', close: 'Close', notShown: 'No model to show.', deleteToken: 'Delete token', tokenRemembered: 'This browser keeps it under "My shared models". Keep a copy to delete the model from another browser.',
    tokenKeep: 'This browser cannot keep it (storage is blocked here): copy it now, or the model can never be deleted.',
    myModels: 'My shared models', myModelsHint: 'Models shared from this browser. Deleting one removes it from the server: its link, its embeds and its pictures stop working.',
    copyLink: 'Copy link', deleteModel: 'Delete', confirmDelete: 'Delete "{0}" from the server? Its link, its embeds and its pictures will stop working. This cannot be undone.',
    deleted: 'Deleted "{0}": its link now answers "not found".', deleteFailed: 'Could not delete "{0}": {1}',
    deleteUnreachable: 'Could not delete "{0}": the server cannot be reached. Try again when the connection is back.',
    needsConnection: 'This shared model has not been opened in this browser before, so there is no copy of it here: it needs a connection once. Connect and reload the page.',
    fragmentModel: 'This model travels inside the link itself (it was shared while the server could not be reached). To store it on the server, for a short link and embed code, press "Share trained model" when online.',
    engineUnreachable: 'The training engine could not be loaded from the server ({0}): reload the page when the connection is back.',
    importModel: 'Import model', downloadPng: 'Download PNG', language: 'Language', done: 'Done', failed: 'Stopped',
    running: 'Training…', paused: 'Paused', ready: 'Ready', invalid: 'Invalid settings', mustBeNumber: '{0} must be a number',
    mustBeBetween: '{0} must be between {1} and {2}', mustBeSizes: '{0} must be layer sizes like 3 or 5,4', sharedModel: 'Shared model', unverified: 'not verified', unverifiedMeaning: 'The server did not train this model again to check what it claims (its training costs more than the server checks).',
    offline: 'Offline: running from this browser\'s copy. Training works; sharing waits for the connection.', article: 'The article', openFull: 'Open in nnfs', activationHint: 'tanh, sigmoid or relu; one per hidden layer, like relu,tanh',
    mustBeActivations: '{0} must be tanh, sigmoid or relu, one for all layers or one per layer', activationsPerLayer: '{0}: give one, or one per hidden layer ({1})', ownPoints: 'Your points', csv: 'Points from a CSV file',
    pointsHint: 'Your own points: use "Edit points" under the plot, or read them from a CSV file.',
    alternating: 'The loss now alternates between two values from one pass to the next (a period-2 oscillation). The log prints every 1000th pass, all even, so it shows one value; the last pass shows the other.',
    csvInvalid: 'this file cannot be read: {0}', importInvalid: 'The model file {0} cannot be opened: {1}', hover: 'x {0}, y {1}: {2}', probability: 'P(class {0}) = {1}',
    originalArticle: 'the original article', translation: 'Japanese translation (Qiita)', speed: 'Speed',
    passesPerSecond: '{0} passes/s', onePassPerSecond: '1 pass/s', fullSpeed: 'full speed', firstHint: 'Press Play to train the article\'s network.',
    plotMode: 'What a click on the plot does', editPoints: 'Edit points', classToAdd: 'Class of new points', undo: 'Undo', clearAll: 'Clear all',
    legend: 'Classes', classN: 'class {0}', newClassN: 'class {0} (new)', testPoint: 'test point (hollow)', logScale: 'Logarithmic scale',
    trainingData: 'training data', testData: 'test data', lossChartLabel: 'Loss after each pass',
    passAxis: 'pass', lossAxis: 'loss', lossAxisLog: 'loss (log scale)', lossReadout: 'Pass {0}: loss {1}', testLossReadout: 'test loss {0}',
    inside: 'Inside the network', trainingControls: 'Training',
    diagramHint: 'Each hidden unit shows its activation over the plot (blue high, orange low); each output, the probability of its class. Lines are weights: blue positive, orange negative, wider when larger. Hover or focus a line to read it; click a unit to see its formula.',
    edgesLabel: 'Weights (arrow keys move between them)', moreUnits: '+ {0} more', inputLayer: 'input', outputLayer: 'output (softmax)',
    hiddenLayerN: 'hidden {0} ({1})', outputUnit: 'output {0} (class {0})', hiddenUnit: 'hidden layer {0}, unit {1}', edgeFromTo: '{0} → {1}',
    outputUnitNote: 'softmax turns the outputs z into probabilities; the map shows the probability of class {0}.',
    incomingWeights: 'Incoming weights and bias', unitMapLabel: 'Map of {0} over the plot',
    inspectTitle: 'Follow one point', inspectHint: 'Click a point on the plot (or anywhere on it) to follow it through the network.',
    inspectLabel: 'Taken as class', stopInspecting: 'Stop following', forwardPass: 'Forward pass', backwardPass: 'Backward pass (this point\'s share of the gradient)',
    inspectNote: 'The numbers are the engine\'s own, updated as training goes. ΔW and Δb are what this point adds to dW and db, before the regularisation term λW.',
    inspectDataPoint: 'Point {0} at {1}, class {2}', inspectTestPoint: 'Test point {0} at {1}, class {2} (not trained on)',
    inspectPosition: 'Position {0}, taken as class {1}', noSuchPoint: 'There is no point {0} in this data set.',
    inspectClickHint: 'Click a point to follow it through the network.', editHint: 'Click the plot to add a point of the chosen class; click a point to remove it.',
    needTwoClasses: 'Add at least 2 points of 2 different classes to train.', tooManyPoints: 'At most {0} points.',
    engineError: 'The engine stopped: {0}', regularisationC: 'C (inverse regularisation)', baselineDone: 'Fitted (LogisticRegressionCV)',
    failedGrowing: 'Training diverged: the loss kept growing until pass {0}. The learning rate ε = {1} is too large for this network and data: try a smaller ε, tick "Average the batch gradients", or use fewer layers.',
    failedNotFinite: 'Training diverged: the weights overflowed (NaN or infinity) in pass {0}. The learning rate ε = {1} is too large: try a smaller ε, average the batch gradients, or use fewer layers.',
    helpFor: 'Help: {0}', unitFormula: 'The unit\'s formula', figureData: '{0}: {1} points, noise {2}, seed {3}', figureOwnData: '{0}: {1} points',
    figureModel: 'Network {0}, {1}, learning rate ε {2}, regularisation λ {3}, batch {4}', figureFullBatch: 'all points', asArticle: 'as in the article', logLegend: 'marks a line that is the one the article prints, digit for digit.', warpTitle: 'How the network bends the plane', warpLayer: 'Hidden layer', pcAxis: 'principal component {0}',
    warp2d: 'The plot\'s grid and the data as hidden layer {0} sees them: each point placed at its two activations. Training bends the plane until a straight line (the output layer) can separate the classes.',
    warp3d: 'The plot\'s grid and the data as hidden layer {0} sees them, in its three activations. Drag, or focus and use the arrow keys, to turn it.',
    warp1d: 'Hidden layer {0} has one unit: the whole plane collapses onto one line, its activation; the points are spread upwards by class so they can be seen.',
    warpProjected: 'Hidden layer {0} has {1} units: shown on its first two principal components (of the data\'s activations), which carry {2}% and {3}% of their variance.',
    warpHelp: 'A grid drawn on the plot and the data, moved to where a hidden layer puts them. It updates as the network trains.',
    help_warpLayer: 'Which hidden layer\'s view of the plane to show.',
    help_data: 'The points to classify. The article uses moons: 200 points, noise 0.20, seed 0 (make_moons).',
    help_csv: 'A CSV file with x, y and a class label (0, 1, …) on each line.',
    help_n: 'How many points to generate. The article: 200.',
    help_noise: 'How far the points scatter from their shape. The article: 0.20.',
    help_seed: 'The random seed of the data (the article calls np.random.seed(0)). Change it for another sample of the same shape.',
    help_classes: 'How many classes (colours) the data has.',
    help_factor: 'The inner circle\'s radius relative to the outer one.',
    help_test: 'The share of points kept aside to test on (not trained on), drawn hollow. 0 trains on all, as the article does.',
    help_model: 'The article first fits logistic regression (a straight line) to show why a network is needed.',
    help_hidden: 'Units in each hidden layer, like 3, or 5,4 for two layers. The article calls it nn_hdim and compares 1, 2, 3, 4, 5, 20 and 50.',
    help_act: 'The hidden units\' non-linearity. The article uses tanh; sigmoid and ReLU are its exercises.',
    help_lr: 'The step size of gradient descent, epsilon in the article (0.01). Too large and training diverges; too small and it crawls.',
    help_reg: 'The L2 regularisation strength, reg_lambda in the article (0.01): larger keeps the weights small and the boundary smooth.',
    help_passes: 'How many passes of gradient descent over the data, num_passes in the article (20000).',
    help_batch: 'Points per gradient step. 0 uses all of them at once (full batch, as the article); smaller is minibatch gradient descent, one of the article\'s exercises.',
    help_mean: 'The article sums the gradients over the points; averaging divides by the batch size, so the learning rate means the same for any batch.',
    help_anneal: 'Lowers the learning rate as training goes (an exercise of the article): in steps, exponentially, or as 1/t.',
    help_annealK: 'How fast the learning rate falls.',
    help_wseed: 'The seed of the initial weights (the article: 0). Another seed starts from other random weights.',
    help_shade: 'Colours the regions paler where the network is less sure.',
    help_showTest: 'Draws the test points (hollow) on the plot.',
    help_boundary: 'The plane coloured by the class the network predicts: the article\'s plot_decision_boundary. The dots are the data.',
    help_controls: 'Speed: passes per second while playing, from 1 to as fast as this device goes. Play trains at that speed; Step runs 1 or 100 passes; Reset starts again from the initial weights; Run to the end goes at full speed.',
    help_compare: 'Trains the article\'s comparison of hidden sizes side by side: small networks underfit, large ones bend around single points.',
    help_edit: 'In edit mode a click adds a point of the chosen class or removes one; outside it, a click follows a point through the network.',
    lossHelp: 'The article\'s calculate_loss after every pass (thinned as the run goes). Hover, or focus the chart and use the arrow keys, to read a pass.',
    logHelp: 'The lines the article prints: the loss every 1000 passes.', logEmpty: 'The loss appears here, line by line, as the network trains.',
    diagramHelp: 'The network unit by unit, live: what each hidden unit computes over the plane, and every weight.',
    inspectHelp: 'The forward pass z = x·W + b, a = tanh(z), probs = softmax(z) and the backward pass δ for one point, with today\'s numbers.',

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
    showTest: 'テストデータを表示', apply: '適用してリセット', play: '再生', pause: '一時停止', watchTrain: '学習の様子を見る', step1: '1 回進める', step100: '100 回進める',
    reset: 'リセット', runToEnd: '最後まで実行', pass: '反復', loss: '損失', accuracy: '正解率', testAccuracy: 'テスト正解率',
    testLoss: 'テスト損失', log: 'ログ', lossCurve: '損失の推移', boundary: '決定境界', baseline: 'ロジスティック回帰(比較の基準)',
    compare: '隠れ層のサイズを比べる', compareRun: 'サイズ 1, 2, 3, 4, 5, 20, 50 を学習', hiddenSize: '隠れ層のサイズ',
    compareWaiting: '空いたワーカーを待っています', compareTraining: '学習中…',
    compareRunning: '{0} 個のネットワークを {1} 個ずつ (CPU コアごとに 1 つ)、大きいものから学習しています…',
    compareDone: '{0} 個のネットワークを {1} 秒で学習しました ({2} 個ずつ並列)。',
    share: '学習済みモデルを共有', copy: 'コピー', copied: 'コピーしました', embedCode: '埋め込みコード', oembed: 'oEmbed の URL',
    shareOffline: 'サーバーに接続できないため、リンクにモデルそのものを含めました。', shareRefused: 'サーバーはモデルを保存しませんでした（{0}）。リンクにモデルそのものを含めました。', exportModel: 'モデルを書き出す',
    openBuilder: '埋め込みを作る…', builderTitle: '埋め込みビルダー', whatShows: '埋め込みに表示するもの', boundaryAlways: '決定境界（常に表示）',
    lossPanel: '損失の推移', diagramPanel: 'ネットワーク図', inspectPanel: '点の追跡（点をクリック）', controlsLabel: '操作ボタン',
    controlsNone: 'なし', controlsPlay: '再生のみ', controlsAuto: 'ボタン（サイズに応じて）', controlsAll: 'すべて（設定も）', lockedLabel: '設定をロック（学習者は変更できません）',
    startLabel: '開いたとき', startTrained: '学習済み（「学習の様子を見る」付き）', startUntrained: '未学習（再生で学習）', startReplay: 'すぐに学習を始める',
    readersLanguage: '読者の言語', captionLabel: 'キャプション', sizeLabel: 'サイズ', sizeSmall: '小 400 × 300', sizeMedium: '中 640 × 520',
    sizeLarge: '大 960 × 720', sizeFull: 'ページの幅 × 520', autoHeight: '必要な高さに合わせて伸ばす（数行のスクリプトを追加）',
    previewLabel: 'プレビュー（選んだサイズ）:', iframeHtml: 'iframe（HTML）', plainLink: 'リンク',
    markdownLabel: 'Markdown（iframe が使えない場所向け: モデルへリンクする画像）', embedModel: '埋め込み…',
    settings: '設定', close: '閉じる', notShown: '表示できるモデルがありません。', deleteToken: '削除トークン', tokenRemembered: 'このブラウザーが「共有したモデル」に保存しています。別のブラウザーから削除するときのために控えておいてください。',
    tokenKeep: 'このブラウザーには保存できません（ストレージがブロックされています）。今コピーしておかないと、モデルを削除できなくなります。',
    myModels: '共有したモデル', myModelsHint: 'このブラウザーから共有したモデルです。削除するとサーバーから消え、リンク・埋め込み・画像は表示されなくなります。',
    copyLink: 'リンクをコピー', deleteModel: '削除', confirmDelete: '「{0}」をサーバーから削除しますか？ リンク・埋め込み・画像は表示されなくなります。元に戻せません。',
    deleted: '「{0}」を削除しました。リンクは「見つかりません」と答えます。', deleteFailed: '「{0}」を削除できませんでした: {1}',
    deleteUnreachable: '「{0}」を削除できませんでした: サーバーに接続できません。接続が戻ったらもう一度お試しください。',
    needsConnection: 'この共有モデルはこのブラウザーで開いたことがないため、コピーがありません。一度だけ接続が必要です。接続してからページを再読み込みしてください。',
    fragmentModel: 'このモデルはリンクそのものに含まれています（サーバーに接続できないときに共有されました）。サーバーに保存して短いリンクと埋め込みコードを得るには、接続中に「学習済みモデルを共有」を押してください。',
    engineUnreachable: '学習エンジンをサーバーから読み込めませんでした（{0}）。接続が戻ったらページを再読み込みしてください。',
    importModel: 'モデルを読み込む', downloadPng: 'PNG をダウンロード', language: '言語', done: '完了', failed: '停止しました',
    running: '学習中…', paused: '一時停止中', ready: '準備完了', invalid: '設定が正しくありません', mustBeNumber: '{0}は数値で指定してください',
    mustBeBetween: '{0}は {1} から {2} の範囲で指定してください', mustBeSizes: '{0}は 3 や 5,4 のように層ごとのユニット数で指定してください', sharedModel: '共有されたモデル', unverified: '未検証', unverifiedMeaning: 'サーバーはこのモデルを再学習して内容を確かめていません（検証できる計算量を超えています）。',
    offline: 'オフライン: このブラウザーに保存したコピーで動いています。学習はできます。共有は接続が戻ってからです。', article: '元の記事', openFull: 'nnfs で開く', activationHint: 'tanh、sigmoid、relu のいずれか。層ごとに relu,tanh のように指定できます',
    mustBeActivations: '{0}は tanh、sigmoid、relu のいずれかで指定してください(全層に 1 つ、または層ごとに 1 つ)', activationsPerLayer: '{0}は 1 つ、または隠れ層の数 ({1}) だけ指定してください', ownPoints: '自分で置いた点', csv: 'CSV ファイルから点を読み込む',
    pointsHint: '自分の点は、図の下の「点を編集」で置くか、CSV ファイルから読み込みます。',
    alternating: '損失は反復ごとに 2 つの値を交互にとっています (周期 2 の振動)。ログは 1000 反復ごと (すべて偶数回目) なので片方の値だけを示し、最後の反復はもう片方の値になります。',
    csvInvalid: 'このファイルは読めません: {0}', importInvalid: 'モデルのファイル {0} を開けません: {1}', hover: 'x {0}, y {1}: {2}', probability: 'P(クラス {0}) = {1}',
    originalArticle: '元の記事 (英語)', translation: '日本語訳 (Qiita)', speed: '速さ',
    passesPerSecond: '毎秒 {0} 回', onePassPerSecond: '毎秒 1 回', fullSpeed: '最高速', firstHint: '「再生」を押すと、記事のネットワークの学習が始まります。',
    plotMode: '図をクリックしたときの動作', editPoints: '点を編集', classToAdd: '追加する点のクラス', undo: '元に戻す', clearAll: 'すべて消す',
    legend: 'クラス', classN: 'クラス {0}', newClassN: 'クラス {0} (新規)', testPoint: 'テストデータ (中抜き)', logScale: '対数目盛',
    trainingData: '訓練データ', testData: 'テストデータ', lossChartLabel: '反復ごとの損失',
    passAxis: '反復', lossAxis: '損失', lossAxisLog: '損失 (対数目盛)', lossReadout: '反復 {0}: 損失 {1}', testLossReadout: 'テスト損失 {0}',
    inside: 'ネットワークの中身', trainingControls: '学習',
    diagramHint: '隠れ層の各ユニットには、平面上での活性化の値を示します (青は高く、橙は低い)。出力ユニットには各クラスの確率を示します。線は重みで、青は正、橙は負、太いほど絶対値が大きいことを表します。線にカーソルを合わせるかフォーカスすると値を、ユニットをクリックすると式を表示します。',
    edgesLabel: '重み (矢印キーで移動)', moreUnits: '他 {0} 個', inputLayer: '入力層', outputLayer: '出力層 (ソフトマックス)',
    hiddenLayerN: '隠れ層 {0} ({1})', outputUnit: '出力 {0} (クラス {0})', hiddenUnit: '隠れ層 {0} のユニット {1}', edgeFromTo: '{0} → {1}',
    outputUnitNote: 'ソフトマックス関数が出力 z を確率に変えます。図はクラス {0} の確率です。',
    incomingWeights: '入ってくる重みとバイアス', unitMapLabel: '{0} の値の分布',
    inspectTitle: '1 つの点を追う', inspectHint: '図の点 (または任意の位置) をクリックすると、その点がネットワークを通る様子を追えます。',
    inspectLabel: '正解とみなすクラス', stopInspecting: '追跡をやめる', forwardPass: '順伝播', backwardPass: '逆伝播 (この点による勾配への寄与)',
    inspectNote: '数値は学習中のエンジンが計算したもので、学習が進むと更新されます。ΔW と Δb は、この点が dW と db に加える量です (正則化項 λW を除く)。',
    inspectDataPoint: '点 {0}: 座標 {1}、クラス {2}', inspectTestPoint: 'テストデータの点 {0}: 座標 {1}、クラス {2} (学習には使われません)',
    inspectPosition: '位置 {0} (クラス {1} とみなします)', noSuchPoint: 'このデータセットには点 {0} がありません。',
    inspectClickHint: '点をクリックすると、その点がネットワークを通る様子を追えます。', editHint: '図をクリックすると選んだクラスの点を追加し、点をクリックすると消します。',
    needTwoClasses: '学習するには、2 つ以上のクラスにわたって点を 2 個以上置いてください。', tooManyPoints: '点は {0} 個までです。',
    engineError: 'エンジンが停止しました: {0}', regularisationC: 'C (正則化の強さの逆数)', baselineDone: '当てはめ完了 (LogisticRegressionCV)',
    failedGrowing: '学習が発散しました。損失が反復 {0} まで増え続けました。このネットワークとデータには学習率 ε = {1} が大きすぎます。ε を小さくするか、「バッチの勾配を平均する」を選ぶか、層を減らしてください。',
    failedNotFinite: '学習が発散しました。反復 {0} で重みが NaN または無限大になりました。学習率 ε = {1} が大きすぎます。ε を小さくするか、バッチの勾配を平均するか、層を減らしてください。',
    helpFor: '説明: {0}', unitFormula: 'ユニットの式', figureData: '{0}: {1} 点、ノイズ {2}、シード {3}', figureOwnData: '{0}: {1} 点',
    figureModel: 'ネットワーク {0}、{1}、学習率 ε {2}、正則化 λ {3}、バッチ {4}', figureFullBatch: '全データ', asArticle: '記事と同じ', logLegend: 'の行は、記事に表示されている行と 1 桁まで同じです。', warpTitle: 'ネットワークによる平面の変形', warpLayer: '隠れ層', pcAxis: '第 {0} 主成分',
    warp2d: '図の格子とデータを、隠れ層 {0} から見た位置に描きます。各点は 2 つの活性化の値の位置にあります。学習が進むと、出力層の直線でクラスを分けられるまで平面が曲がります。',
    warp3d: '図の格子とデータを、隠れ層 {0} の 3 つの活性化の値の空間に描きます。ドラッグするか、フォーカスして矢印キーで回転できます。',
    warp1d: '隠れ層 {0} はユニットが 1 つなので、平面全体が 1 本の直線 (その活性化の値) につぶれます。見やすいように、点はクラスごとに上下にずらして描きます。',
    warpProjected: '隠れ層 {0} はユニットが {1} 個あるので、データの活性化の第 1、第 2 主成分に射影して描きます。両者で分散の {2}% と {3}% を説明します。',
    warpHelp: '図に描いた格子とデータを、隠れ層が移す先に描きます。学習に合わせて更新されます。',
    help_warpLayer: 'どの隠れ層から見た平面を表示するかを選びます。',
    help_data: '分類する点の集まりです。記事では moons (make_moons、200 点、ノイズ 0.20、シード 0) を使います。',
    help_csv: '各行に x、y、クラス番号 (0, 1, …) を書いた CSV ファイルです。',
    help_n: '生成する点の数です。記事では 200 です。',
    help_noise: '点が形からどれだけ散らばるかです。記事では 0.20 です。',
    help_seed: 'データの乱数シードです (記事では np.random.seed(0))。変えると同じ形の別のサンプルになります。',
    help_classes: 'データのクラス (色) の数です。',
    help_factor: '外側の円に対する内側の円の半径の比です。',
    help_test: '学習に使わずテストに回す点の割合です (中抜きで描きます)。記事と同じく 0 ならすべての点で学習します。',
    help_model: '記事ではまずロジスティック回帰 (直線の境界) を当てはめ、ニューラルネットワークが必要な理由を示します。',
    help_hidden: '各隠れ層のユニット数です (3、または 2 層なら 5,4)。記事では nn_hdim と呼び、1、2、3、4、5、20、50 を比べます。',
    help_act: '隠れ層の非線形関数です。記事では tanh を使い、sigmoid と ReLU は演習です。',
    help_lr: '勾配降下法の 1 ステップの大きさで、記事の epsilon (0.01) です。大きすぎると発散し、小さすぎると進みません。',
    help_reg: 'L2 正則化の強さで、記事の reg_lambda (0.01) です。大きいほど重みが小さく、境界がなめらかになります。',
    help_passes: 'データ全体に対する勾配降下法の反復回数で、記事の num_passes (20000) です。',
    help_batch: '1 回の更新に使う点の数です。0 ならすべての点 (記事と同じバッチ勾配降下法)、小さくするとミニバッチ勾配降下法 (記事の演習) です。',
    help_mean: '記事は点ごとの勾配を合計します。平均するとバッチサイズで割るので、どのバッチサイズでも学習率の意味が同じになります。',
    help_anneal: '学習が進むにつれて学習率を下げます (記事の演習)。段階的、指数的、1/t から選べます。',
    help_annealK: '学習率が下がる速さです。',
    help_wseed: '重みの初期値の乱数シードです (記事では 0)。変えると別の初期値から学習します。',
    help_shade: 'ネットワークの確信が低いところほど色を薄くします。',
    help_showTest: 'テストデータの点を中抜きで図に描きます。',
    help_boundary: 'ネットワークが予測するクラスで平面を塗り分けた図で、記事の plot_decision_boundary に当たります。点はデータです。',
    help_controls: '速さは再生中の 1 秒あたりの反復回数で、1 回からこの端末の最高速まで選べます。「再生」はその速さで学習し、「1 回進める」「100 回進める」はその回数だけ進めます。「リセット」は初期の重みからやり直し、「最後まで実行」は最高速で最後まで進めます。',
    help_compare: '記事にある隠れ層のサイズの比較を並べて学習します。小さいネットワークは境界が単純すぎ (未学習)、大きいネットワークは個々の点に合わせて境界が曲がります (過学習)。',
    help_edit: '編集中は、クリックで選んだクラスの点を追加し、点をクリックすると消します。編集中でなければ、クリックした点がネットワークを通る様子を追います。',
    lossHelp: '記事の calculate_loss の値を反復ごとに描きます (学習が長くなると間引きます)。カーソルを合わせるか、グラフにフォーカスして矢印キーを使うと、反復と損失を読めます。',
    logHelp: '記事が表示する行で、1000 回ごとの損失です。', logEmpty: '学習が進むと、損失がここに 1 行ずつ表示されます。',
    diagramHelp: 'ネットワークをユニットごとに、学習中の値で示します。各隠れユニットが平面上で計算する値と、すべての重みが見られます。',
    inspectHelp: '1 つの点について、順伝播 z = x·W + b、a = tanh(z)、probs = softmax(z) と逆伝播の δ を、現在の数値で示します。',

  },
};

/**
 * The language named (when the page has it), else the browser's first that the page has, else English.
 * @param {string | null | undefined} fromUrl
 */
export function pickLanguage(fromUrl) {
  if (fromUrl && STRINGS[fromUrl]) return fromUrl;
  const langs = navigator.languages || [navigator.language || 'en'];
  for (const l of langs) {
    const base = String(l).toLowerCase().split('-')[0];
    if (STRINGS[base]) return base;
  }
  return 'en';
}

/**
 * A text in a language (English where that language lacks it; the key itself where no language has it).
 * @param {string} lang
 * @param {string} key
 * @param {...(string | number)} args
 */
export function t(lang, key, ...args) {
  let s = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
  args.forEach((a, i) => { s = s.replace('{' + i + '}', String(a)); });
  return s;
}

/**
 * Puts the texts of one language into every element with data-i18n (text), data-i18n-label (aria-label) or
 * data-i18n-empty (what the element says while it is empty).
 */
/** @param {string} lang */
export function translatePage(lang) {
  document.documentElement.lang = lang;
  all('[data-i18n]').forEach(el => { el.textContent = t(lang, String(el.dataset.i18n)); });
  all('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(lang, String(el.dataset.i18nLabel))); });
  all('[data-i18n-title]').forEach(el => { el.title = t(lang, String(el.dataset.i18nTitle)); });
  all('[data-i18n-empty]').forEach(el => { el.dataset.empty = t(lang, String(el.dataset.i18nEmpty)); });
  document.title = t(lang, 'title');
}
