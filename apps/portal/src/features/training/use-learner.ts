import { useQuery } from '@apollo/client/react';
import { LearnerSessionQuery, MyTrainingProgressQuery, type ResultOf } from '@polisee/graphql';

export type Learner = NonNullable<ResultOf<typeof LearnerSessionQuery>['me']>;
export type ServerProgress = ResultOf<typeof MyTrainingProgressQuery>['myTrainingProgress'][number];

/** Who is signed in (any role may learn), and their progress on the server. */
export function useLearner() {
  const session = useQuery(LearnerSessionQuery, { fetchPolicy: 'cache-and-network' });
  const learner = session.data?.me ?? null;
  const progress = useQuery(MyTrainingProgressQuery, { skip: !learner, fetchPolicy: 'cache-and-network' });
  return {
    learner,
    sessionLoading: session.loading && !session.data,
    progress: progress.data?.myTrainingProgress ?? [],
    refetchProgress: async (): Promise<void> => {
      if (learner) await progress.refetch();
    },
    refetchSession: () => session.refetch(),
  };
}
