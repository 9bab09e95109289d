import { servicePrismaConfig } from "@tthc/db";

export default servicePrismaConfig();
