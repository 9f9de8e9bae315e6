// A third-party oEmbed consumer, run as a course site runs one: given a model's page, the library finds our
// endpoint by discovery (<link rel="alternate" type="application/json+oembed">) and this prints what it got.
// Usage: node consume.mjs URL [MAXWIDTH MAXHEIGHT]; prints one line of JSON ({error} when the library throws).
import { extract } from '@extractus/oembed-extractor';

const [url, maxwidth, maxheight] = process.argv.slice(2);
const params = {};
if (maxwidth) params.maxwidth = maxwidth;
if (maxheight) params.maxheight = maxheight;
try {
  console.log(JSON.stringify(await extract(url, params)));
} catch (err) {
  console.log(JSON.stringify({ error: String(err && err.message || err) }));
}
