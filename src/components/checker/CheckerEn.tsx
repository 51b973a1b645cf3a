// The checker island in English (/en/checker/): the same island as Checker.tsx with the words of
// en.ts, so only the English page loads them.
import { en } from '../../i18n/en';
import { CheckerIn, type CheckerProps } from './Checker';

export default function CheckerEn(props: CheckerProps) {
  return <CheckerIn {...props} strings={en} />;
}
