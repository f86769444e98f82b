// Every module's list pages by the shared rules and cursor of Application/Common/Paging, so the whole Api sees them.
global using ResourceService.Application.Common.Paging;
