-- Neovim's built-in LSP client against the Report Lens server: open a report, wait for the
-- diagnostics, ask for a hover and the document symbols, write what came back as JSON, quit.
-- Driven by test/neovim/neovim.test.mjs (nvim --headless --clean -u NONE -l-less: `-c luafile`).
local server = os.getenv('REPORT_LENS_SERVER')
local report = os.getenv('REPORT_LENS_FILE')
local out = os.getenv('REPORT_LENS_OUT')
local result = { diagnostics = {}, hover = nil, symbols = nil, errors = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(report))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'report-lens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(report, ':h'),
  on_error = function(code, err) table.insert(result.errors, tostring(code) .. ': ' .. tostring(err)) end,
})
if not client_id then
  table.insert(result.errors, 'the client did not start')
  finish()
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

-- poll, never sleep blindly: diagnostics, then the requests
local deadline = vim.loop.now() + 20000
local function step()
  local diagnostics = vim.diagnostic.get(bufnr)
  if #diagnostics == 0 and vim.loop.now() < deadline then
    vim.defer_fn(step, 100)
    return
  end
  for _, d in ipairs(diagnostics) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code, source = d.source })
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = tonumber(os.getenv('REPORT_LENS_LINE')), character = tonumber(os.getenv('REPORT_LENS_CHAR')) } }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
  for _, r in pairs(hover or {}) do if r.result then result.hover = r.result.contents.value end end
  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = params.textDocument }, 10000)
  for _, r in pairs(symbols or {}) do if r.result then result.symbols = r.result end end
  finish()
end
vim.defer_fn(step, 100)
