import { runSubgraphMain } from '@sisa/kernel';
import { registryModule } from './server';

void runSubgraphMain(registryModule);
