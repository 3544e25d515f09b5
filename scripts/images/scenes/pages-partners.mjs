// Pictures for pages of the civil-society pack: local-governments and ngo-partnership exhibits that had text only
// (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.

// source name -> [generator, width, height]; each is rendered into its pack's images/ folder
export const PAGE_SOURCES = {};
