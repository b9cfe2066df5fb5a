import { InpsExport } from './inpsExport.entity';
import { ProtocolCounter } from './protocolCounter.entity';
import { ReadAuditRow } from './readAudit.entity';
import { ReiApplication } from './reiApplication.entity';
import { ReiEvent } from './reiEvent.entity';
import { ReiIntervention } from './reiIntervention.entity';
import { ReiProject } from './reiProject.entity';

/** Every entity of the rei schema. */
export const reiEntities = [
  ReiApplication,
  ReiEvent,
  ProtocolCounter,
  InpsExport,
  ReiProject,
  ReiIntervention,
  ReadAuditRow,
];
