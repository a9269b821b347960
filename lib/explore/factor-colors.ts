// Each risk factor keeps one colour wherever it is drawn (Okabe-Ito, colour-blind safe).
const colors: Record<string, string> = {
  krs_unsafe_water: '#0072b2',
  krs_unsafe_toilet: '#d55e00',
  krs_4t_too_young: '#009e73',
  krs_4t_too_old: '#cc79a7',
  krs_4t_too_close: '#e69f00',
  krs_4t_too_many: '#56b4e9',
};

export function factorColor(code: string): string {
  return colors[code] ?? '#4a4f5c';
}
