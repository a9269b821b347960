// Strings of one feature, kept in their own file so features can grow without touching
// each other's lines. Bahasa Indonesia first; `en` must have exactly the same keys.

export const reliabilityId = {
  title: 'Keandalan',
};

export const reliabilityEn: typeof reliabilityId = {
  title: 'Reliability',
};
