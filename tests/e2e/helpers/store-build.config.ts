/**
 * The project's WXT config, writing into the folder named by BEVAN_STORE_OUT_DIR
 * instead of .output/: the store-readiness test builds and zips there, leaving
 * the build the other end-to-end tests load untouched.
 */
import config from '../../../wxt.config';

const outDir = process.env.BEVAN_STORE_OUT_DIR;
if (!outDir) throw new Error('Set BEVAN_STORE_OUT_DIR to the folder to build into');

export default { ...config, outDir };
