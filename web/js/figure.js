// Draws one thing: the figure a learner downloads. The decision boundary at twice the screen's resolution, with
// a title, the class legend and the settings that made it, so the picture explains itself wherever it goes.
/**
 * A canvas with the figure. boundary: the BoundaryView on screen; title: one line; legend: [{colour, text,
 * hollow}]; settings: lines of text (the settings and where training stands).
 */
export function composeFigure(boundary, title, legend, settings) {
  const scale = 2;
  const r = boundary.canvas.getBoundingClientRect();
  const plotW = Math.round((r.width || 480) * scale), plotH = Math.round((r.height || 360) * scale);
  const pad = 16 * scale, titleH = 26 * scale, lineH = 17 * scale;
  const fig = document.createElement('canvas');
  fig.width = plotW + 2 * pad;
  fig.height = pad + titleH + plotH + pad / 2 + lineH * (1 + settings.length) + pad;
  const ctx = fig.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, fig.width, fig.height);
  ctx.fillStyle = '#222';
  ctx.textBaseline = 'top';
  ctx.font = '600 ' + (16 * scale) + 'px system-ui, sans-serif';
  ctx.fillText(title, pad, pad);
  const plot = document.createElement('canvas');
  plot.width = plotW;
  plot.height = plotH;
  boundary.paint(plot, scale);
  ctx.drawImage(plot, pad, pad + titleH);
  ctx.strokeStyle = '#999';
  ctx.lineWidth = scale;
  ctx.strokeRect(pad, pad + titleH, plotW, plotH);
  // the legend on one line: a dot per class, a hollow one for the test points
  let x = pad, y = pad + titleH + plotH + pad / 2;
  ctx.font = (12 * scale) + 'px system-ui, sans-serif';
  legend.forEach(item => {
    ctx.beginPath();
    ctx.arc(x + 6 * scale, y + 7 * scale, 5 * scale, 0, 2 * Math.PI);
    ctx.fillStyle = item.hollow ? '#fff' : 'rgb(' + item.colour.join(',') + ')';
    ctx.fill();
    ctx.lineWidth = (item.hollow ? 2 : 1) * scale;
    ctx.strokeStyle = item.hollow ? '#555' : '#000';
    ctx.stroke();
    ctx.fillStyle = '#222';
    ctx.fillText(item.text, x + 16 * scale, y);
    x += 16 * scale + ctx.measureText(item.text).width + 14 * scale;
  });
  ctx.fillStyle = '#444';
  settings.forEach((line, i) => ctx.fillText(line, pad, y + lineH * (i + 1)));
  return fig;
}
