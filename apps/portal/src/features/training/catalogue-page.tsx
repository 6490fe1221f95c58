import { useQuery } from '@apollo/client/react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { TrainingCatalogueQuery, type ResultOf } from '@polisee/graphql';
import { LoadError, Loading, developmentAreaLabels, useDocumentTitle } from '@polisee/ui';
import { ris3StepLabels } from './labels';
import { allLocalProgress } from './local-progress';
import { TrainingNav } from './training-nav';
import { useLearner } from './use-learner';

type Module = ResultOf<typeof TrainingCatalogueQuery>['trainingModules'][number];

function ModuleCard({ module, done, passed }: { module: Module; done: number; passed: boolean }) {
  const { i18n } = useLingui();
  const minutes = module.durationMinutes;
  const lessons = module.lessonCount;
  const tags = module.ris3Step ? [i18n._(ris3StepLabels[module.ris3Step])] : module.developmentAreas.map((a) => i18n._(developmentAreaLabels[a]));
  return (
    <li className="card training-card" data-testid="training-module">
      <h3>
        <Link to={`/training/modules/${module.slug}`}>{module.title}</Link>
      </h3>
      <p className="muted">{tags.join(' · ')}</p>
      <p>{module.summary}</p>
      <p className="muted">
        <Plural value={lessons} one="# lesson" other="# lessons" /> · <Trans>{minutes} minutes</Trans>
      </p>
      {passed ? (
        <p className="badge badge--success">
          <Trans>Completed</Trans>
        </p>
      ) : done > 0 ? (
        <p className="badge badge--muted">
          <Trans>
            {done} of {lessons} lessons done
          </Trans>
        </p>
      ) : null}
    </li>
  );
}

/** The training catalogue: the six RIS3 Guide steps, then the development-area modules. */
export function TrainingCataloguePage() {
  const { t } = useLingui();
  useDocumentTitle(t`S3 training package`);
  const { data, error, loading, refetch } = useQuery(TrainingCatalogueQuery);
  const { learner, progress } = useLearner();
  const local = allLocalProgress();
  const modules = data?.trainingModules ?? [];
  const stateOf = (m: Module) => {
    const server = progress.find((p) => p.moduleId === m.id);
    if (learner) return { done: server?.completedLessonIds.length ?? 0, passed: server?.passed ?? false };
    return { done: local[m.id]?.lessons.length ?? 0, passed: local[m.id]?.passed ?? false };
  };
  const steps = modules.filter((m) => m.ris3Step);
  const areas = modules.filter((m) => !m.ris3Step);
  return (
    <section className="container section" aria-labelledby="training-title">
      <h1 id="training-title">
        <Trans>S3 training package</Trans>
      </h1>
      <p className="lead">
        <Trans>
          Learn the smart specialisation (S3) method step by step: each module has short lessons that open the platform’s own tools, resources to read and a quiz
          with explanations. Anyone can learn; sign in to keep your progress and earn certificates.
        </Trans>
      </p>
      <TrainingNav learner={learner} />
      {error ? <LoadError message={t`The training modules could not be loaded.`} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {steps.length ? (
        <>
          <h2>
            <Trans>The six steps of the RIS3 Guide</Trans>
          </h2>
          <ul className="plain-list cards training-cards">
            {steps.map((m) => (
              <ModuleCard key={m.id} module={m} {...stateOf(m)} />
            ))}
          </ul>
        </>
      ) : null}
      {areas.length ? (
        <>
          <h2>
            <Trans>Cluster policy by development area</Trans>
          </h2>
          <ul className="plain-list cards training-cards">
            {areas.map((m) => (
              <ModuleCard key={m.id} module={m} {...stateOf(m)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
