// Each risk factor and each intervention indicator keeps one colour wherever it is drawn
// (the overview's bars, the /faktor small multiples): risk factors in Okabe-Ito, the
// interventions in Paul Tol's "muted" set, so no two share a colour. Both colour-blind safe.
const colors: Record<string, string> = {
  krs_unsafe_water: '#0072b2',
  krs_unsafe_toilet: '#d55e00',
  krs_4t_too_young: '#009e73',
  krs_4t_too_old: '#cc79a7',
  krs_4t_too_close: '#e69f00',
  krs_4t_too_many: '#56b4e9',
  households_safe_water: '#332288',
  households_safe_toilet: '#882255',
  phbs_households: '#117733',
  nutrition_education_participants: '#999933',
  bimwin_participants: '#44aa99',
};

export function factorColor(code: string): string {
  return colors[code] ?? '#4a4f5c';
}

export const factorColorCodes = Object.keys(colors);
