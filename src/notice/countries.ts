// EU member states plus Iceland, Liechtenstein and Norway: transfers among them need no Art. 46 safeguard.
const EEA = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
]);

export const isInsideEea = (country: string): boolean => EEA.has(country.toUpperCase());

/** The country's name in the notice's language ("Vereinigte Staaten"); the code itself when ICU does not know it. */
export function getCountryName(country: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}
