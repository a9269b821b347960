import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/explore/explore.module.css';
import { endpoints, openApiDocument } from '@/lib/api/openapi';
import { getDictionary, isLang } from '@/lib/i18n';
import own from '../data.module.css';

// /data/api: the /api/v1 reference, rendered from the OpenAPI document (itself generated
// from the zod schemas the routes validate with), so it cannot drift from the server.

export async function generateMetadata({ params }: PageProps<'/[lang]/data/api'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? getDictionary(lang).portal.apiTitle : undefined };
}

type Parameter = { name: string; required: boolean; schema: JsonSchema };
type JsonSchema = {
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  const?: unknown;
  anyOf?: JsonSchema[];
  type?: unknown;
};
type Operation = { get: { summary: string; description: string; parameters: Parameter[] } };

/** What a parameter accepts, read from its JSON schema: the listed values, the pattern, the default. */
function accepted(schema: JsonSchema): string {
  const parts = schema.anyOf
    ? schema.anyOf.map(accepted)
    : [
        schema.enum ? schema.enum.join(', ') : null,
        schema.const !== undefined ? String(schema.const) : null,
        schema.pattern ? `/${schema.pattern}/` : null,
      ].filter((p): p is string => Boolean(p));
  const text = parts.join(' | ') || String(schema.type ?? '');
  return schema.default !== undefined ? `${text} (default ${String(schema.default)})` : text;
}

export default async function ApiPage({ params }: PageProps<'/[lang]/data/api'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang).portal;
  const paths = openApiDocument().paths as Record<string, Operation>;
  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <h1>{t.apiTitle}</h1>
        <p className="muted">{t.apiIntro}</p>
        <p className="muted">{getDictionary(lang).privacy.rule}</p>
        <p>
          <a href="/api/v1/openapi.json">{t.openapi}</a>
        </p>
      </header>
      {endpoints.map((endpoint) => {
        const operation = paths[endpoint.path];
        if (!operation) return null;
        const formats = operation.get.parameters.find((p) => p.name === 'format')?.schema.enum;
        return (
          <section key={endpoint.path} className={own.endpoint} aria-labelledby={`ep-${endpoint.path}`}>
            <h2 id={`ep-${endpoint.path}`}>
              <code>GET {endpoint.path}</code>
            </h2>
            <p>{endpoint.summary[lang]}</p>
            {operation.get.parameters.length ? (
              <table className="data-table">
                <caption>{t.parameters}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colName}</th>
                    <th scope="col">{t.colRequired}</th>
                    <th scope="col">{t.colAllowed}</th>
                  </tr>
                </thead>
                <tbody>
                  {operation.get.parameters.map((p) => (
                    <tr key={p.name}>
                      <th scope="row">
                        <code>{p.name}</code>
                      </th>
                      <td>{p.required ? t.yes : t.no}</td>
                      <td>
                        <code>{accepted(p.schema)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p>
              {t.example}: <a href={endpoint.example}>{endpoint.example}</a>
              {formats ? ` · ${t.formats}: ${formats.join(', ')}` : ''}
            </p>
          </section>
        );
      })}
    </div>
  );
}
