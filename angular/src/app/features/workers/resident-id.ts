import { Gender } from '../../proxy/models';
import { IsoDate, isIsoDate } from './dates';

/** Why a resident ID number is not valid; each reason has its own message (workerNew.idNumber.*). */
export type ResidentIdProblem = 'length' | 'digits' | 'lastCharacter' | 'checksum' | 'birthDate';

export type ResidentIdCheck =
  | { valid: true; value: string; birthDate: IsoDate; gender: Gender }
  | { valid: false; problem: ResidentIdProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character for the first 17 digits (GB 11643-1999). */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Checks a 公民身份号码 the way the server's ResidentIdNumber does: 18 characters, 17 digits, a digit
 * or X last, the check character, a real birth date from 1900 on. Gives back the birth date and the
 * gender in it (order code odd = male). Lets the form say what is wrong while the user types.
 */
export function checkResidentId(input: string | null | undefined): ResidentIdCheck {
  const value = (input ?? '').trim().toUpperCase();
  if (value.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}$/.test(value.slice(0, 17))) return { valid: false, problem: 'digits' };
  if (!/^[\dX]$/.test(value[17])) return { valid: false, problem: 'lastCharacter' };
  if (residentIdCheckCharacter(value) !== value[17]) return { valid: false, problem: 'checksum' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || Number(value.slice(6, 10)) < 1900) return { valid: false, problem: 'birthDate' };
  return { valid: true, value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'Male' : 'Female' };
}
