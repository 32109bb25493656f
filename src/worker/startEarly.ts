// Imported first by the page's entry: starts the lab worker while the page's other modules run.
import { startLabWorkerEarly } from './labWorker';

startLabWorkerEarly();
