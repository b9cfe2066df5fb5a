import { runSubgraphMain } from '@sisa/kernel';
import { caseworkModule } from './server';

void runSubgraphMain(caseworkModule);
