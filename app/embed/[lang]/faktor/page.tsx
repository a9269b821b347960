import FactorPage, { generateMetadata as pageMetadata } from '@/app/[lang]/faktor/page';
import { exploreEmbed } from '../explore-embed';

// /embed/faktor: the same view as /faktor, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

const embed = exploreEmbed('/faktor', FactorPage, pageMetadata);
export const generateMetadata = embed.generateMetadata;
export default embed.EmbedPage;
