import { svgDoc } from '../lib/core.mjs';
const stub = () => svgDoc(1200, 800, '');
export const attractVolunteers = stub, attractWorld = stub, coverJocvHistory = stub, coverPandemicReturn = stub, coverStandby = stub, coverResumption = stub, coverVietNamStory = stub, coverVolunteersAndJapan = stub, illustrationAwarenessVideo = stub;
