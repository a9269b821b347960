// Strings of one feature, kept in their own file so features can grow without touching
// each other's lines. Bahasa Indonesia first; `en` must have exactly the same keys.

export const portalId = {
  title: 'Data terbuka',
};

export const portalEn: typeof portalId = {
  title: 'Open data',
};
