'use client';

import { useState } from 'react';
import { sendJson } from '@/app/[lang]/admin/send-json';
import { HydrationGate } from '@/components/ui/hydration-gate';
import type { DeckConfig, TextSlide } from '@/lib/deck/model';
import { fill } from '@/lib/i18n/fill';
import styles from './deck-editor.module.css';

export type EditorSlide = { id: string; title: string; district?: string };

export type EditorLabels = {
  meetingDate: string;
  deckTitle: string;
  spotlights: string;
  slides: string;
  hide: string;
  moveUp: string;
  moveDown: string;
  addText: string;
  textTitle: string;
  textBody: string;
  save: string;
  saved: string;
  open: string;
};

const label = (template: string, slide: string) => fill(template, { slide });

/** Editors choose spotlights, reorder or hide slides, add text slides, and save the deck for a meeting date. */
export function DeckEditor(props: {
  slides: EditorSlide[];
  districts: { code: string; name: string }[];
  defaultTitle: string;
  defaultDate: string;
  deckHref: string;
  labels: EditorLabels;
}) {
  const { labels } = props;
  const [meetingDate, setMeetingDate] = useState(props.defaultDate);
  const [title, setTitle] = useState(props.defaultTitle);
  const [spotlights, setSpotlights] = useState(() => props.districts.map((d) => d.code));
  const [order, setOrder] = useState<EditorSlide[]>(props.slides);
  const [hidden, setHidden] = useState<string[]>([]);
  const [texts, setTexts] = useState<TextSlide[]>([]);
  const [draft, setDraft] = useState({ title: '', body: '' });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [savedDate, setSavedDate] = useState<string | null>(null);

  const shown = order.filter((s) => !s.district || spotlights.includes(s.district));
  const move = (id: string, step: -1 | 1) => {
    const visible = shown.map((s) => s.id);
    const at = visible.indexOf(id);
    const other = visible[at + step];
    if (other === undefined) return;
    setOrder((current) => {
      const next = [...current];
      const a = next.findIndex((s) => s.id === id);
      const b = next.findIndex((s) => s.id === other);
      [next[a], next[b]] = [next[b] as EditorSlide, next[a] as EditorSlide];
      return next;
    });
  };
  const addText = () => {
    if (!draft.title.trim()) return;
    const id = `text-${texts.length + 1}`;
    const slide = { id, title: draft.title.trim(), body: draft.body.trim() };
    setTexts((t) => [...t, slide]);
    // A new text slide goes just before the closing slide.
    setOrder((current) => {
      const closing = current.findIndex((s) => s.id === 'closing');
      const next = [...current];
      next.splice(closing < 0 ? next.length : closing, 0, { id, title: slide.title });
      return next;
    });
    setDraft({ title: '', body: '' });
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const config: DeckConfig = {
      spotlights: spotlights.length === props.districts.length ? null : spotlights,
      order: order.map((s) => s.id),
      hidden,
      texts,
    };
    const reply = await sendJson('/api/admin/decks', { meetingDate, title, config });
    setOutcome({ ok: reply.ok, text: reply.ok ? labels.saved : reply.errorMessage });
    if (reply.ok) setSavedDate(meetingDate);
  };

  return (
    <HydrationGate>
      <form className={styles.form} onSubmit={save}>
        <label>
          {labels.meetingDate}
          <input type="date" required value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)} />
        </label>
        <label>
          {labels.deckTitle}
          <input required maxLength={160} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset>
          <legend>{labels.spotlights}</legend>
          {props.districts.map((d) => (
            <label key={d.code} className={styles.inline}>
              <input
                type="checkbox"
                checked={spotlights.includes(d.code)}
                onChange={(e) => setSpotlights((s) => (e.target.checked ? [...s, d.code] : s.filter((code) => code !== d.code)))}
              />
              {d.name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{labels.slides}</legend>
          <ol className={styles.slides}>
            {shown.map((s, i) => (
              <li key={s.id}>
                <span className={hidden.includes(s.id) ? styles.hidden : undefined}>{s.title}</span>
                <label className={styles.inline}>
                  <input
                    type="checkbox"
                    aria-label={label(labels.hide, s.title)}
                    checked={hidden.includes(s.id)}
                    onChange={(e) => setHidden((h) => (e.target.checked ? [...h, s.id] : h.filter((id) => id !== s.id)))}
                  />
                  <span aria-hidden="true">{label(labels.hide, '')}</span>
                </label>
                <button
                  type="button"
                  aria-label={label(labels.moveUp, s.title)}
                  disabled={i === 0}
                  onClick={() => move(s.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={label(labels.moveDown, s.title)}
                  disabled={i === shown.length - 1}
                  onClick={() => move(s.id, 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
        </fieldset>
        <fieldset>
          <legend>{labels.addText}</legend>
          <label>
            {labels.textTitle}
            <input maxLength={120} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          </label>
          <label>
            {labels.textBody}
            <textarea
              maxLength={1200}
              rows={3}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            />
          </label>
          <button type="button" onClick={addText}>
            {labels.addText}
          </button>
        </fieldset>
        <button type="submit" className="button">
          {labels.save}
        </button>
        {outcome ? (
          <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? styles.ok : styles.error}>
            {outcome.text}
          </p>
        ) : null}
        {savedDate ? <a href={`${props.deckHref}?rapat=${savedDate}`}>{labels.open}</a> : null}
      </form>
    </HydrationGate>
  );
}
