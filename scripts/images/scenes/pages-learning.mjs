// Pictures for pages of the civil-society pack: activity-support, development-education, global-plazas and jpp exhibits that had text only
// (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.

// source name -> [generator, width, height]; each is rendered into its pack's images/ folder
export const PAGE_SOURCES = {};
