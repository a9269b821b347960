'use client';

import { type ReactNode, useRef } from 'react';
import { fill } from '@/lib/i18n/fill';
import styles from './deck.module.css';
import { PresenterTimer } from './presenter-timer';
import { useDeckNavigation } from './use-deck-navigation';

export type PlayerSlide = { id: string; title: string; notes: string; node: ReactNode };

export type PlayerLabels = {
  slides: string;
  controls: string;
  /** "Slide {n} dari {total}" */
  slideOf: string;
  previous: string;
  next: string;
  fullscreen: string;
  presenter: string;
  downloadPptx: string;
  printPdf: string;
  keysHint: string;
};

const counter = (template: string, n: number, total: number) => fill(template, { n, total });

/** Previous, "Slide n of total", next: the same controls in the audience and the presenter window. */
function SlideSteps(props: {
  index: number;
  total: number;
  go: (index: number) => void;
  labels: { slideOf: string; previous: string; next: string };
}) {
  const { index, total, go, labels } = props;
  return (
    <>
      <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
        {labels.previous}
      </button>
      <output aria-live="polite" className={styles.counter}>
        {counter(labels.slideOf, index + 1, total)}
      </output>
      <button type="button" onClick={() => go(index + 1)} disabled={index === total - 1}>
        {labels.next}
      </button>
    </>
  );
}

/**
 * The audience window: every slide is in the page (so printing gives one page per slide),
 * the current one is shown on screen in the projector theme.
 */
export function DeckPlayer(props: {
  slides: PlayerSlide[];
  initial: number;
  channel: string;
  labels: PlayerLabels;
  presenterHref: string;
  pptxHref: string;
}) {
  const { slides, labels } = props;
  const { index, go } = useDeckNavigation({
    count: slides.length,
    initial: props.initial,
    channel: props.channel,
    role: 'audience',
  });
  const stage = useRef<HTMLDivElement>(null);
  const withSlide = (path: string) => `${path}${path.includes('?') ? '&' : '?'}slide=${index + 1}`;
  return (
    <div className={styles.player}>
      <div className={styles.toolbar} role="toolbar" aria-label={labels.controls}>
        <SlideSteps index={index} total={slides.length} go={go} labels={labels} />
        <button type="button" onClick={() => void stage.current?.requestFullscreen?.()}>
          {labels.fullscreen}
        </button>
        <button
          type="button"
          onClick={() => window.open(withSlide(props.presenterHref), 'pantau-presenter', 'popup,width=1100,height=700')}
        >
          {labels.presenter}
        </button>
        <a href={props.pptxHref} download>
          {labels.downloadPptx}
        </a>
        <button type="button" onClick={() => window.print()}>
          {labels.printPdf}
        </button>
      </div>
      <p className={styles.hint}>{labels.keysHint}</p>
      <div ref={stage} className={styles.stageFrame}>
        <section className={styles.stage} aria-label={labels.slides}>
          {slides.map((slide, i) => (
            <section
              key={slide.id}
              className={styles.slide}
              data-active={i === index ? '' : undefined}
              aria-roledescription="slide"
              aria-label={`${counter(labels.slideOf, i + 1, slides.length)}: ${slide.title}`}
              aria-hidden={i === index ? undefined : true}
            >
              {slide.node}
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}

export type PresenterLabels = {
  title: string;
  current: string;
  nextSlide: string;
  end: string;
  notes: string;
  timer: string;
  resetTimer: string;
  slideOf: string;
  previous: string;
  next: string;
};

/** The presenter window: notes, the next slide and a timer, in step with the audience window. */
export function PresenterView(props: { slides: PlayerSlide[]; initial: number; channel: string; labels: PresenterLabels }) {
  const { slides, labels } = props;
  const { index, go } = useDeckNavigation({
    count: slides.length,
    initial: props.initial,
    channel: props.channel,
    role: 'presenter',
  });
  const current = slides[index];
  const next = slides[index + 1];
  return (
    <div className={styles.presenter}>
      <div className={styles.toolbar}>
        <SlideSteps index={index} total={slides.length} go={go} labels={labels} />
        <PresenterTimer label={labels.timer} resetLabel={labels.resetTimer} />
      </div>
      <div className={styles.presenterGrid}>
        <section aria-label={labels.current}>
          <h2 className={styles.paneTitle}>
            {labels.current}: {current?.title}
          </h2>
          <div className={styles.stage}>
            <div className={styles.slide} data-active="">
              {current?.node}
            </div>
          </div>
        </section>
        <section aria-label={labels.nextSlide}>
          <h2 className={styles.paneTitle}>
            {labels.nextSlide}: {next?.title ?? labels.end}
          </h2>
          {next ? (
            <div className={`${styles.stage} ${styles.small}`}>
              <div className={styles.slide} data-active="">
                {next.node}
              </div>
            </div>
          ) : null}
        </section>
        <section aria-label={labels.notes} className={styles.notes}>
          <h2 className={styles.paneTitle}>{labels.notes}</h2>
          <p>{current?.notes}</p>
        </section>
      </div>
    </div>
  );
}
