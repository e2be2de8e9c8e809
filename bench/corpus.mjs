// The bench corpus: the five seeds, replicated and varied, written at run time
// into target/bench/corpus/ (never committed). Deterministic: the same seed
// for the PRNG gives byte-identical files on every machine.
//
//   many/NNNNN.txt  articles of ~3-5 kB each, 16 MB in all; the 1x, 4x and
//                   16x inputs are the first 1 MB, 4 MB and 16 MB of them
//                   (whole articles, in file order; manifest.json has counts)
//   single.txt      one article of ~4 MB (a headline, then varied paragraphs
//                   of all five seeds)
//
// Each article is one seed with: its paragraphs (blank-line separated blocks)
// locally shuffled after the first one, a few dropped, people, organisations,
// countries, cities and weekdays swapped for others from the lists below
// (consistently within the article), and every number changed (same number
// of digits; "5G" kept).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const MB = 1_000_000;
export const PRNG_SEED = 0x0da7e11e;
/** Bump when the generator changes, so a stale corpus is rebuilt. */
const VERSION = 1;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// Names that occur in the seeds, by kind, and what may replace them.
const SEED_PEOPLE = [
  'Eric Xu', 'Ryan Ding', 'Ren Zhengfei', 'Alex Younger', 'Mike Pompeo', 'Andrew Parker',
  'Boris Johnson', 'Jack Stubbs', 'Guy Faulconbridge', 'Mark Rutte', 'Georgina Prodhan',
  'Kanishka Singh', 'David Evans', 'Alexander Smith', 'Sandra Maler', 'Wolfgang Rattay',
  'Ciaran Martin',
];
// Surnames that also appear alone ("Pompeo told ...", "Mr Martin said").
const SEED_SURNAMES = ['Pompeo', 'Parker', 'Martin', 'Younger', 'Johnson', 'Rutte', 'Xu', 'Ding'];
const PEOPLE = [
  'Anna Kowalska', 'James Whitfield', 'Priya Raman', 'Tomás Ortega', 'Ingrid Holm',
  'Kwame Mensah', 'Li Wei', 'Sophie Laurent', 'Hiroshi Tanaka', 'Olga Petrova',
  'Daniel Okafor', 'Maria Rossi', 'Ahmed Khalil', 'Emma Lindqvist', 'Carlos Mendes',
  'Fatima Zahra', 'Peter Novak', 'Chen Jing', 'Lucas Becker', 'Aoife Byrne',
  'Rajesh Iyer', 'Zeynep Demir', 'Mateo García', 'Nadia Haddad', 'Oliver Grant',
  'Yuki Sato', 'Sara Cohen', 'Jonas Müller', 'Helen Clarke', 'Viktor Horváth',
];
const SEED_ORGS = {
  Huawei: ['ZTE', 'Ericsson', 'Nokia', 'Cisco', 'Fujitsu', 'NEC', 'Samsung'],
  Vodafone: ['Telefonica', 'Deutsche Telekom', 'Telenor', 'Swisscom', 'Verizon'],
  Reuters: ['Associated Press', 'AFP', 'Bloomberg', 'The Guardian'],
  Bloomberg: ['Reuters', 'The Wall Street Journal', 'CNBC', 'Politico'],
  'Financial Times': ['The Times', 'Le Monde', 'The Economist', 'Handelsblatt'],
  Samsung: ['Apple', 'Xiaomi', 'Oppo', 'Motorola'],
  Orange: ['Telia', 'KPN', 'Proximus'],
};
const SEED_COUNTRIES = ['Italy', 'Germany', 'Poland', 'Hungary', 'Canada', 'Australia', 'New Zealand', 'France', 'Russia'];
const COUNTRIES = [
  'Spain', 'Sweden', 'Japan', 'Brazil', 'India', 'Norway', 'Portugal', 'Mexico', 'Kenya',
  'Chile', 'Türkiye', 'South Korea', 'Nigeria', 'Austria', 'Finland', 'Vietnam', 'Egypt',
  'Argentina', 'Ireland', 'Czechia',
];
const SEED_CITIES = ['London', 'Munich', 'Beijing', 'Bengaluru', 'Bangalore', 'Düsseldorf', 'Los Angeles', 'San Francisco'];
const CITIES = [
  'Paris', 'Madrid', 'Tokyo', 'Nairobi', 'São Paulo', 'Zürich', 'Toronto', 'Mumbai',
  'Seoul', 'Kraków', 'Lagos', 'Istanbul', 'Melbourne', 'Oslo', 'Hamburg',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_NAMES = [...SEED_PEOPLE, ...SEED_SURNAMES, ...Object.keys(SEED_ORGS), ...SEED_COUNTRIES, ...SEED_CITIES, ...DAYS]
  .sort((a, b) => b.length - a.length);
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALL_NAMES.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const NUMBER_RE = /\d+(?!G)/g;

/** One varied copy of a seed text. */
export function vary(text, rand) {
  const blocks = text.split(/\n{2,}/);
  const head = blocks.shift();
  let body = blocks.filter(() => rand() >= 0.05);
  // Local shuffle: each block may trade places with one up to 3 further on.
  for (let i = 0; i < body.length; i++) {
    if (rand() < 0.5) {
      const j = Math.min(body.length - 1, i + 1 + Math.floor(rand() * 3));
      [body[i], body[j]] = [body[j], body[i]];
    }
  }
  // One consistent substitution table for this copy.
  const swap = new Map();
  const surname = (full) => full.split(' ').at(-1);
  for (const p of SEED_PEOPLE) {
    if (rand() < 0.7) {
      const q = pick(rand, PEOPLE);
      swap.set(p, q);
      if (SEED_SURNAMES.includes(surname(p))) swap.set(surname(p), surname(q));
    }
  }
  for (const [org, alts] of Object.entries(SEED_ORGS)) if (rand() < 0.5) swap.set(org, pick(rand, alts));
  for (const c of SEED_COUNTRIES) if (rand() < 0.6) swap.set(c, pick(rand, COUNTRIES));
  for (const c of SEED_CITIES) if (rand() < 0.6) swap.set(c, pick(rand, CITIES));
  for (const d of DAYS) if (rand() < 0.5) swap.set(d, pick(rand, DAYS));
  const out = [head, ...body].join('\n\n');
  return out
    .replace(NAME_RE, (m) => swap.get(m) ?? m)
    .replace(NUMBER_RE, (m) => {
      let s = String(1 + Math.floor(rand() * 9));
      for (let i = 1; i < m.length; i++) s += Math.floor(rand() * 10);
      return s;
    });
}

export function readSeeds(root) {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ stem: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Writes the corpus into `out` (target/bench/corpus) unless an up-to-date one
 * is there; returns its manifest.
 */
export function generate(root, out, { manyBytes = 16 * MB, singleBytes = 4 * MB, cuts = [1, 4, 16] } = {}) {
  const manifestPath = join(out, 'manifest.json');
  const params = { version: VERSION, seed: PRNG_SEED, manyBytes, singleBytes, cuts };
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (JSON.stringify(old.params) === JSON.stringify(params)) return old;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'many'), { recursive: true });
  const seeds = readSeeds(root);
  const rand = prng(PRNG_SEED);
  const files = [];
  const enc = new TextEncoder();
  let total = 0;
  const cutAt = new Map(); // MB -> article count
  for (let n = 0; total < manyBytes; n++) {
    const seed = seeds[n % seeds.length];
    const text = vary(seed.text, rand);
    const name = `${String(n).padStart(5, '0')}_${seed.stem.slice(0, 3)}.txt`;
    writeFileSync(join(out, 'many', name), text);
    files.push({ file: name, bytes: enc.encode(text).length });
    total += files.at(-1).bytes;
    for (const c of cuts) if (!cutAt.has(c) && total >= c * MB) cutAt.set(c, files.length);
  }
  // The long article: a headline, then varied blocks of every seed.
  const parts = [seeds[0].text.split('\n')[0]];
  let size = enc.encode(parts[0]).length;
  for (let n = 0; size < singleBytes; n++) {
    const blocks = vary(seeds[n % seeds.length].text, rand).split(/\n{2,}/).slice(1);
    for (const b of blocks) {
      parts.push(b);
      size += enc.encode(b).length + 2;
    }
  }
  const single = parts.join('\n\n');
  writeFileSync(join(out, 'single.txt'), single);
  const manifest = {
    params,
    many: files,
    cuts: Object.fromEntries(cuts.map((c) => {
      const count = cutAt.get(c) ?? files.length;
      return [String(c), { count, bytes: files.slice(0, count).reduce((s, f) => s + f.bytes, 0) }];
    })),
    single: { file: 'single.txt', bytes: enc.encode(single).length },
  };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return manifest;
}

/** The first `count` articles of many/ as {id, text}. */
export function loadMany(out, manifest, count) {
  return manifest.many.slice(0, count).map(({ file }) => ({
    id: file.replace(/\.txt$/, ''),
    text: readFileSync(join(out, 'many', file), 'utf8'),
  }));
}
