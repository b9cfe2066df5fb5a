import { runSubgraphMain } from '@sisa/kernel';
import { siussModule } from './server';

void runSubgraphMain(siussModule);
