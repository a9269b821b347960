import TrendPage, { generateMetadata as pageMetadata } from '@/app/[lang]/tren/page';
import { exploreEmbed } from '../explore-embed';

// /embed/tren: the same view as /tren, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

const embed = exploreEmbed('/tren', TrendPage, pageMetadata);
export const generateMetadata = embed.generateMetadata;
export default embed.EmbedPage;
