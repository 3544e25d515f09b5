// Writes every SVG source into scripts/images/svg/ and the list of PNG outputs into build/manifest.tsv.
// Usage: node gen.mjs [name-filter]
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { flagJapan, flagVietNam, flagPhilippines } from './lib/flags.mjs';
import { mapCountry, mapGlobalPlazas } from './lib/maps.mjs';
import { chartProjects, diagramThreeApproaches, diagramFourAbilities, timeline, pictogram76 } from './lib/diagrams.mjs';
import * as cs from './scenes/civil-society.mjs';
import * as vo from './scenes/volunteers.mjs';
import * as learningPages from './scenes/pages-learning.mjs';
import * as partnersPages from './scenes/pages-partners.mjs';
import * as volunteersPages from './scenes/pages-volunteers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const svgDir = path.join(here, 'svg');
const buildDir = path.join(here, 'build');
fs.mkdirSync(svgDir, { recursive: true });
fs.mkdirSync(buildDir, { recursive: true });

// source name -> [generator, width, height]
const SOURCES = {
  'flag-japan': [flagJapan, 600, 400],
  'flag-viet-nam': [flagVietNam, 600, 400],
  'flag-philippines': [flagPhilippines, 800, 400],
  'map-japan': [() => mapCountry('japan'), 1000, 800],
  'map-viet-nam': [() => mapCountry('vietnam'), 1000, 800],
  'map-philippines': [() => mapCountry('philippines'), 1000, 800],
  'map-global-plazas': [mapGlobalPlazas, 1000, 800],
  'chart-fy2020-projects': [chartProjects, 1200, 800],
  'diagram-three-approaches': [diagramThreeApproaches, 1200, 800],
  'diagram-four-abilities': [diagramFourAbilities, 1200, 800],
  'timeline-1965-2021': [timeline, 1200, 800],
  'pictogram-76-volunteers': [pictogram76, 1200, 800],
  // civil-society illustrations
  'attract-plaza': [cs.attractPlaza, 1200, 800],
  'attract-partners': [cs.attractPartners, 1200, 800],
  'cover-ngo-partnership': [cs.coverNgoPartnership, 1200, 800],
  'cover-jpp': [cs.coverJpp, 1200, 800],
  'cover-activity-support': [cs.coverActivitySupport, 1200, 800],
  'cover-local-governments': [cs.coverLocalGovernments, 1200, 800],
  'cover-global-plazas': [cs.coverGlobalPlazas, 1200, 800],
  'cover-development-education': [cs.coverDevelopmentEducation, 1200, 800],
  'cover-philippines': [cs.coverPhilippines, 1200, 800],
  'illustration-sanitary-goods': [cs.illustrationSanitaryGoods, 1200, 800],
  // volunteers illustrations
  'attract-volunteers': [vo.attractVolunteers, 1200, 800],
  'attract-world': [vo.attractWorld, 1200, 800],
  'cover-jocv-history': [vo.coverJocvHistory, 1200, 800],
  'cover-pandemic-return': [vo.coverPandemicReturn, 1200, 800],
  'cover-standby': [vo.coverStandby, 1200, 800],
  'cover-resumption': [vo.coverResumption, 1200, 800],
  'cover-viet-nam-story': [vo.coverVietNamStory, 1200, 800],
  'cover-volunteers-and-japan': [vo.coverVolunteersAndJapan, 1200, 800],
  'illustration-awareness-video': [vo.illustrationAwarenessVideo, 1200, 800],
  'page-viet-nam-story-standby-in-japan': [vo.pageVietNamStoryStandbyInJapan, 1200, 800],
  // the pictures of pages that had text only
  ...learningPages.PAGE_SOURCES,
  ...partnersPages.PAGE_SOURCES,
  ...volunteersPages.PAGE_SOURCES,
};

// Pictures shown full screen (the attract loop shows the attract pictures and every cover) are
// drawn at 1200×800 and rendered at 1920×1280, so a 1920×1080 screen shows them at their own
// resolution (cropped to 16:9), never enlarged.
const FULL_SCREEN = 1.6;
const renderScale = (name) => (name.startsWith('attract-') || name.startsWith('cover-') ? FULL_SCREEN : 1);

// pack -> list of [output file name, source name]
const OUTPUTS = {
  'civil-society': [
    'attract-plaza', 'attract-partners', 'cover-ngo-partnership', 'cover-jpp', 'cover-activity-support',
    'cover-local-governments', 'cover-global-plazas', 'cover-development-education', 'cover-philippines',
    'illustration-sanitary-goods', 'diagram-three-approaches', 'diagram-four-abilities', 'chart-fy2020-projects',
    'map-philippines', 'map-viet-nam', 'map-japan', 'map-global-plazas', 'flag-philippines',
  ],
  volunteers: [
    'attract-volunteers', 'attract-world', 'cover-jocv-history', 'cover-pandemic-return', 'cover-standby',
    'cover-resumption', 'cover-viet-nam-story', 'cover-volunteers-and-japan', 'illustration-awareness-video',
    'timeline-1965-2021', 'pictogram-76-volunteers',
    'flag-viet-nam', 'flag-philippines', 'flag-japan', 'page-viet-nam-story-standby-in-japan',
    ...Object.keys(volunteersPages.PAGE_SOURCES),
  ],
};
OUTPUTS['civil-society'].push(...Object.keys(learningPages.PAGE_SOURCES), ...Object.keys(partnersPages.PAGE_SOURCES));

const filter = process.argv[2] || '';
const manifest = [];
for (const [name, [fn, w, h]] of Object.entries(SOURCES)) {
  if (filter && !name.includes(filter)) continue;
  const svg = fn();
  if (!svg.includes(`width="${w}" height="${h}"`)) throw new Error(`${name}: wrong size`);
  if (/<text\b/.test(svg)) throw new Error(`${name}: contains a <text> element`);
  fs.writeFileSync(path.join(svgDir, `${name}.svg`), svg);
}
for (const [pack, list] of Object.entries(OUTPUTS)) {
  for (const name of list) {
    if (!SOURCES[name]) throw new Error(`no source for ${name}`);
    const [, w, h] = SOURCES[name];
    const scale = renderScale(name);
    const size = [Math.round(w * scale), Math.round(h * scale)];
    manifest.push([`content/${pack}/images/${name}.png`, `scripts/images/svg/${name}.svg`, ...size].join('\t'));
  }
}
fs.writeFileSync(path.join(buildDir, 'manifest.tsv'), manifest.join('\n') + '\n');
console.log(`wrote ${filter ? 'filtered ' : ''}SVG sources; ${manifest.length} outputs in manifest`);
