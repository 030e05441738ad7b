import { Lifecycle, statusMachine } from '../../transitions.js';
import { refuse } from './errors.js';
import type { ImageStatus, NhnImage } from './state.js';

/** Glance images (nhn-notes §5): `queued` → `saving` → `active`, one poll apart; a wrong status is Glance's 409. */
export const imageLifecycle = new Lifecycle(
  statusMachine<NhnImage, ImageStatus>({
    refuse: (_image, _action, message) => refuse(409, message!),
    touch: (ctx, image) => void (image.updatedAt = ctx.now()),
  }),
  {
    /** `PUT /file`: the data is there at once, the image is active one transition later. */
    upload: {
      from: ['queued'],
      via: 'saving',
      steps: [{ factor: 1, to: 'active' }],
      refusal: (image) => `Image status transition from ${image.status} to saving is not allowed`,
    },
    /** A server's snapshot (`createImage`): active when the server's task ends. */
    fromServer: { steps: [{ factor: 0.5, to: 'saving' }, { factor: 1, to: 'active' }] },
    /** A volume's upload (`os-volume_upload_image`): active when the volume is back to its status. */
    fromVolume: { steps: [{ factor: 0.5, to: 'saving' }, { factor: 0.5, to: 'active' }] },
  },
);
