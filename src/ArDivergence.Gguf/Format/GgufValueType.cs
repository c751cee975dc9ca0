namespace ArDivergence.Gguf.Format;

/// <summary>The type tags of GGUF metadata values (gguf.h's gguf_type: UINT8 … FLOAT64; the numbers are the file's).</summary>
public enum GgufValueType
{
    U8 = 0,
    I8 = 1,
    U16 = 2,
    I16 = 3,
    U32 = 4,
    I32 = 5,
    F32 = 6,
    Flag = 7,
    Text = 8,
    Array = 9,
    U64 = 10,
    I64 = 11,
    F64 = 12,
}
