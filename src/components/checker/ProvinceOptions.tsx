// The province suggestions of the checker's province fields, rendered at build time beside the island
// (no client directive): the list never changes, and inside the island its 31 options were a third of
// the elements Preact walked on hydration and on every render of the form after it.
import { provinceFull, provinceShort, type Lang } from '../../engine/localize';
import { provinces } from './form-data';

/** The id the province inputs name in their `list` attribute. */
export const PROVINCE_LIST_ID = 'checker-provinces';

/** Each province by its short name in the page's language, labelled with its full name and code. */
export function ProvinceOptions({ lang = 'zh-CN' }: { lang?: Lang }) {
  const [open, close] = lang === 'en' ? [' (', ')'] : ['（', '）'];
  return (
    <datalist id={PROVINCE_LIST_ID}>
      {provinces.map((p) => (
        <option value={provinceShort(p, lang)}>{`${provinceFull(p, lang)}${open}${p.code}${close}`}</option>
      ))}
    </datalist>
  );
}
