import { checkResidentId, residentIdCheckCharacter } from './resident-id';

/** Builds a number with a correct check character, as a clerk would copy it from a real card. */
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('checkResidentId (GB 11643)', () => {
  it('accepts the standard example number and reads birth date and gender from it', () => {
    // The example in GB 11643-1999 itself.
    expect(checkResidentId('11010519491231002X')).toEqual({ valid: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: 'Female' });
  });

  it('reads an odd order code as male and accepts a lower-case x', () => {
    const male = withCheck('37010219900315011');
    expect(checkResidentId(male)).toMatchObject({ valid: true, birthDate: '1990-03-15', gender: 'Male' });
    expect(checkResidentId(' 11010519491231002x ')).toMatchObject({ valid: true, value: '11010519491231002X' });
  });

  it('says what is wrong', () => {
    expect(checkResidentId('3701021990031501')).toEqual({ valid: false, problem: 'length' });
    expect(checkResidentId('37010219900315A117')).toEqual({ valid: false, problem: 'digits' });
    expect(checkResidentId('37010219900315011Y')).toEqual({ valid: false, problem: 'lastCharacter' });
    expect(checkResidentId('')).toEqual({ valid: false, problem: 'length' });
  });

  it('refuses a number whose check character does not match (one digit mistyped)', () => {
    const good = withCheck('37010219900315011');
    const typo = '37010219900315021' + good[17];
    expect(checkResidentId(good).valid).toBe(true);
    expect(checkResidentId(typo)).toEqual({ valid: false, problem: 'checksum' });
  });

  it('refuses a birth date that does not exist, even with a correct check character', () => {
    expect(checkResidentId(withCheck('37010219900230011'))).toEqual({ valid: false, problem: 'birthDate' });
    expect(checkResidentId(withCheck('37010218991231011'))).toEqual({ valid: false, problem: 'birthDate' });
  });
});
