import { svgDoc } from '../lib/core.mjs';
const stub = () => svgDoc(1200, 800, '');
export const attractPlaza = stub, attractPartners = stub, coverNgoPartnership = stub, coverJpp = stub, coverActivitySupport = stub, coverLocalGovernments = stub, coverGlobalPlazas = stub, coverDevelopmentEducation = stub, coverPhilippines = stub, illustrationSanitaryGoods = stub;
