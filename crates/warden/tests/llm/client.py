"""An agent using the official OpenAI and Anthropic Python SDKs against Warden's LLM proxy.

Usage: client.py BASE_URL TOKEN SCENARIO [ARG]; prints one JSON object per line.
"""

import json
import sys

import anthropic
import openai

base, token, scenario = sys.argv[1], sys.argv[2], sys.argv[3]
arg = sys.argv[4] if len(sys.argv) > 4 else ""

oa = openai.OpenAI(base_url=base + "/v1", api_key=token, max_retries=0)
an = anthropic.Anthropic(base_url=base, api_key=token, max_retries=0)

TOOLS = [{
    "type": "function",
    "function": {
        "name": "send_email",
        "description": "Send an e-mail",
        "parameters": {
            "type": "object",
            "properties": {"to": {"type": "string"}, "body": {"type": "string"}},
            "required": ["to", "body"],
            "additionalProperties": False,
        },
    },
}]


def out(**kw):
    print(json.dumps(kw), flush=True)


def error(e):
    body = getattr(e, "body", None)
    out(error=type(e).__name__, status=getattr(e, "status_code", None), body=body)


try:
    if scenario == "openai":
        r = oa.chat.completions.create(model="gpt-4o-mini", messages=[
            {"role": "system", "content": "You are GroupAny's support assistant."},
            {"role": "user", "content": arg},
        ])
        out(text=r.choices[0].message.content, warden=(r.model_extra or {}).get("warden"),
            usage=r.usage.model_dump() if r.usage else None)
    elif scenario == "openai-stream":
        stream = oa.chat.completions.create(model="gpt-4o-mini", stream=True,
                                            stream_options={"include_usage": True},
                                            messages=[{"role": "user", "content": arg}])
        text, chunks, usage, warden = "", 0, None, None
        for chunk in stream:
            chunks += 1
            extra = chunk.model_extra or {}
            if extra.get("warden"):
                warden = extra["warden"]
            if chunk.usage:
                usage = chunk.usage.model_dump()
            for c in chunk.choices:
                if c.delta and c.delta.content:
                    text += c.delta.content
        out(text=text, chunks=chunks, usage=usage, warden=warden)
    elif scenario == "openai-tool":
        # The model proposes a call; with the streaming SDK helper the arguments come in pieces.
        kwargs = dict(model="gpt-4o-mini", tools=TOOLS, messages=[{"role": "user", "content": arg}])
        r = oa.chat.completions.create(**kwargs)
        call = r.choices[0].message.tool_calls[0]
        full = {"name": call.function.name, "arguments": call.function.arguments}
        with oa.chat.completions.stream(**kwargs) as s:
            for _ in s:
                pass
            final = s.get_final_completion()
        sc = final.choices[0].message.tool_calls[0]
        out(whole=full, streamed={"name": sc.function.name, "arguments": sc.function.arguments},
            warden=(r.model_extra or {}).get("warden"))
    elif scenario == "anthropic":
        r = an.messages.create(model="claude-sonnet-4-5", max_tokens=512,
                               system="You are GroupAny's support assistant.",
                               messages=[{"role": "user", "content": arg}])
        out(text=r.content[0].text, warden=(r.model_extra or {}).get("warden"),
            usage=r.usage.model_dump())
    elif scenario == "anthropic-stream":
        with an.messages.stream(model="claude-sonnet-4-5", max_tokens=512,
                                messages=[{"role": "user", "content": arg}]) as s:
            text = "".join(s.text_stream)
            final = s.get_final_message()
        out(text=text, usage=final.usage.model_dump())
    elif scenario == "anthropic-tool":
        tools = [{"name": "send_email", "description": "Send an e-mail",
                  "input_schema": TOOLS[0]["function"]["parameters"]}]
        with an.messages.stream(model="claude-sonnet-4-5", max_tokens=512, tools=tools,
                                messages=[{"role": "user", "content": arg}]) as s:
            final = s.get_final_message()
        block = [b for b in final.content if b.type == "tool_use"][0]
        out(name=block.name, input=block.input)
    elif scenario == "labs":
        r = oa.chat.completions.create(model="labs-small", messages=[{"role": "user", "content": arg}])
        out(text=r.choices[0].message.content)
    elif scenario == "model":
        r = oa.chat.completions.create(model=arg, max_tokens=1000, messages=[{"role": "user", "content": "hello"}])
        out(text=r.choices[0].message.content)
    elif scenario == "models":
        out(models=sorted(m.id for m in oa.models.list()))
    else:
        out(error="unknown scenario")
except (openai.APIStatusError, anthropic.APIStatusError) as e:
    error(e)
