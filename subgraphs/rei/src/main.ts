import { runSubgraphMain } from '@sisa/kernel';
import { reiModule } from './server';

void runSubgraphMain(reiModule);
