import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);
import {
  preset_default
} from "./chunk-7ALABF7V.js";
import "./chunk-QOBWUWRK.js";
import "./chunk-FBS3HAE2.js";
import "./chunk-IOEA52Q6.js";
import "./chunk-FGFHFMVK.js";
import "./chunk-VNASGAEY.js";
import "./chunk-2NFYXXYV.js";
import "./chunk-5HW4CAQQ.js";
import "./chunk-IUAQWTKQ.js";
import "./chunk-Y6GPGHKP.js";
import "./chunk-KS3AWZFQ.js";
import "./chunk-QERIO4ZQ.js";
import "./chunk-XBQCIR25.js";
import "./chunk-2OI2KENT.js";
import "./chunk-O5OR7T2R.js";
import "./chunk-UWSZIRGT.js";
import "./chunk-DLYORWOX.js";
import "./chunk-G625TIIM.js";
import "./chunk-H6P334OQ.js";
import "./chunk-GKTIIADT.js";
import "./chunk-7IMEA3S3.js";
import "./chunk-53HZWLIM.js";
import "./chunk-T573AAUK.js";
import "./chunk-ETHM37U3.js";
import "./chunk-3XCFWH5P.js";
import "./chunk-SHCRGUYI.js";
import "./chunk-HWXTSKYD.js";
import "./chunk-K3G72UE5.js";
import "./chunk-BEMMNZVQ.js";
import "./chunk-5HIIY6MO.js";
import "./chunk-L4DFUNMN.js";
export {
  preset_default as default
};
