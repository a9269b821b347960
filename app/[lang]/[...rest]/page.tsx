import { notFound } from 'next/navigation';

// Any path under a language that no route handles gets the localised not-found page
// inside the layout (header, language switch) instead of Next's bare 404.
export default function UnknownPath() {
  notFound();
}
