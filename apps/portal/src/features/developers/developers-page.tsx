import { useEffect, useId, useState } from 'react';
import { CopyButton } from '@polisee/ui';
import { examples, type ApiExample } from './examples';
import { useDeveloperStrings } from './messages';
import { useLingui } from '@lingui/react';
import { useDocumentTitle } from '@polisee/ui';

const endpointPath = '/graphql';
const schemaPath = '/schema.graphql';

function curlCommand(endpoint: string): string {
  const body = JSON.stringify({ query: '{ partners(first: 3) { totalCount edges { node { name country } } } }' });
  return `curl -X POST ${endpoint} \\\n  -H 'content-type: application/json' \\\n  -d '${body}'`;
}

async function postQuery(query: string, variables: Record<string, unknown> | undefined) {
  const response = await fetch(endpointPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: show it as it came
  }
  return { status: response.status, body: pretty };
}

/** The id of one partner, so the "by id" example runs as shown. */
function useFirstPartnerId(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(endpointPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ partners(first: 1) { edges { node { id } } } }' }),
    })
      .then((response) => response.json() as Promise<{ data?: { partners?: { edges: Array<{ node: { id: string } }> } } }>)
      .then((result) => {
        const first = result.data?.partners?.edges[0]?.node.id;
        if (!cancelled && first) setId(first);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return id;
}

function ExampleCard({ example, partnerId }: { example: ApiExample; partnerId: string | null }) {
  const t = useDeveloperStrings();
  const { _ } = useLingui();
  const id = useId();
  const initialVariables =
    example.id === 'partner-by-id' && partnerId ? { ...example.variables, id: partnerId } : example.variables;
  const [variablesText, setVariablesText] = useState<string | null>(null);
  const variables = variablesText ?? (initialVariables ? JSON.stringify(initialVariables, null, 2) : '');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ status: number; body: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    let parsed: Record<string, unknown> | undefined;
    if (variables.trim()) {
      try {
        parsed = JSON.parse(variables) as Record<string, unknown>;
      } catch {
        setError(t.invalidVariables);
        return;
      }
    }
    setRunning(true);
    try {
      setResult(await postQuery(example.query, parsed));
    } catch (e) {
      setResult(null);
      setError(t.requestFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setRunning(false);
    }
  }

  return (
    <article className="example card" aria-labelledby={`${id}-title`} data-testid={`example-${example.id}`}>
      <h3 id={`${id}-title`}>{_(example.title)}</h3>
      <p>{_(example.description)}</p>
      <div className="example__label">
        <span id={`${id}-query`}>{t.query}</span>
        <CopyButton text={example.query} label={t.copyQuery} />
      </div>
      <pre aria-labelledby={`${id}-query`} tabIndex={0}>
        <code>{example.query}</code>
      </pre>
      {initialVariables ? (
        <div className="field example__variables">
          <label htmlFor={`${id}-variables`}>{t.variables}</label>
          <textarea
            id={`${id}-variables`}
            className="textarea"
            rows={Math.min(6, variables.split('\n').length)}
            value={variables}
            onChange={(event) => setVariablesText(event.target.value)}
            spellCheck={false}
          />
        </div>
      ) : null}
      <div className="example__actions">
        <button type="button" className="button" onClick={() => void run()} disabled={running}>
          {running ? t.running : t.run}
          <span className="visually-hidden"> {_(example.title)}</span>
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <div className="alert alert--error" role="alert">
            {error}
          </div>
        ) : null}
        {result ? (
          <div className="example__result">
            <p className="example__label">
              {t.result} <span className="badge badge--muted">{t.httpStatus(result.status)}</span>
            </p>
            <pre data-testid="example-result" tabIndex={0}>
              <code>{result.body}</code>
            </pre>
          </div>
        ) : null}
      </div>
    </article>
  );
}

function SchemaSection() {
  const t = useDeveloperStrings();
  const [schema, setSchema] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch(schemaPath)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(
        (text) => {
          if (!cancelled) setSchema(text);
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section className="section--tight" aria-labelledby="schema-title">
      <h2 id="schema-title">{t.schemaTitle}</h2>
      <p>
        {t.schemaBody} <a href={schemaPath}>{schemaPath}</a>.
      </p>
      {failed ? <div className="alert alert--error">{t.schemaFailed}</div> : null}
      {!schema && !failed ? (
        <div className="loading" role="status">
          {t.schemaLoading}
        </div>
      ) : null}
      {schema ? (
        <details className="schema">
          <summary>{t.showSchema}</summary>
          <pre tabIndex={0} data-testid="schema-text">
            <code>{schema}</code>
          </pre>
        </details>
      ) : null}
    </section>
  );
}

export function DevelopersPage() {
  const t = useDeveloperStrings();
  useDocumentTitle(t.title);
  const endpoint = `${window.location.origin}${endpointPath}`;
  const curl = curlCommand(endpoint);
  const partnerId = useFirstPartnerId();

  return (
    <div className="container section developers">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <section className="section--tight" aria-labelledby="endpoint-title">
        <h2 id="endpoint-title">{t.endpointTitle}</h2>
        <p>{t.endpointBody}</p>
        <div className="endpoint">
          <code data-testid="endpoint-url">{endpoint}</code>
          <CopyButton text={endpoint} label={t.copyEndpoint} />
        </div>
      </section>

      <section className="section--tight" aria-labelledby="curl-title">
        <h2 id="curl-title">{t.curlTitle}</h2>
        <p>{t.curlBody}</p>
        <pre tabIndex={0} aria-labelledby="curl-title">
          <code>{curl}</code>
        </pre>
        <p className="example__actions">
          <CopyButton text={curl} label={t.copyCurl} />
        </p>
        <p>{t.paginationNote}</p>
        <p className="muted">{t.errorsBody}</p>
      </section>

      <section className="section--tight" aria-labelledby="examples-title">
        <h2 id="examples-title">{t.examplesTitle}</h2>
        <p>{t.examplesIntro}</p>
        <div className="examples">
          {examples.map((example) => (
            <ExampleCard key={example.id} example={example} partnerId={partnerId} />
          ))}
        </div>
      </section>

      <SchemaSection />
    </div>
  );
}
