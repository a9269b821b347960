import MapPage, { generateMetadata as pageMetadata } from '@/app/[lang]/peta/page';
import { exploreEmbed } from '../explore-embed';

// /embed/peta: the same view as /peta, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

const embed = exploreEmbed('/peta', MapPage, pageMetadata);
export const generateMetadata = embed.generateMetadata;
export default embed.EmbedPage;
