import { runSubgraphMain } from '@sisa/kernel';
import { configModule } from './server';

void runSubgraphMain(configModule);
