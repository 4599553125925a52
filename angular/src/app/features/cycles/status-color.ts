import { EvaluationCycleStatus } from '../../proxy/models';

/** Tag colours: blue while work is under way, green when results are out, grey when over. */
export const STATUS_COLOR: Record<EvaluationCycleStatus, string> = {
  Draft: 'default', Open: 'processing', Closed: 'orange', Compiled: 'cyan', Calibrated: 'geekblue',
  Published: 'green', Finalized: 'success', Cancelled: 'red',
};
