import {
  runCheckCommand,
  runGateCommand
} from "./chunk-GKQJQEOK.js";
import "./chunk-R5YXTKF6.js";
import "./chunk-7J4TBA5H.js";
import "./chunk-HL2XSZKH.js";
import "./chunk-J4XG2LD2.js";
import "./chunk-SPOOS4M2.js";
import "./chunk-UWQ7YM5W.js";
import "./chunk-O677KLBL.js";
import "./chunk-Y2UGXTGX.js";
import "./chunk-ZCJHV6AF.js";
import "./chunk-YCNUQE2E.js";
import "./chunk-JQVBXCJ4.js";
import "./chunk-SYXEXEKM.js";
import "./chunk-ZNZLIOB5.js";
export {
  runCheckCommand,
  runGateCommand
};
//# sourceMappingURL=check-4YGQGDNS.js.map
